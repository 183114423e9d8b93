package cn.kaohe.workflow.delegate;

import cn.kaohe.appeal.AppealService;
import cn.kaohe.workflow.ProcessVocabulary;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Puts the results an appeal changed back on public notice; the timer waits for its end. */
@Component
public class OpenReNoticeDelegate implements JavaDelegate {

    private final AppealService appeals;

    OpenReNoticeDelegate(AppealService appeals) {
        this.appeals = appeals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var end = appeals.openRenotice(Vars.appealId(execution));
        execution.setVariable(ProcessVocabulary.VAR_RENOTICE_END, Date.from(end.toInstant()));
    }
}
