package cn.kaohe.workflow.delegate;

import cn.kaohe.appeal.AppealService;
import cn.kaohe.workflow.ProcessVocabulary;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** After the re-notice timer: has the re-notice really run its length by the domain's clock? If not, wait again. */
@Component
public class CheckReNoticeEndedDelegate implements JavaDelegate {

    private final AppealService appeals;

    CheckReNoticeEndedDelegate(AppealService appeals) {
        this.appeals = appeals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(ProcessVocabulary.VAR_NOTICE_ENDED, appeals.renoticeEnded(Vars.appealId(execution)));
    }
}
