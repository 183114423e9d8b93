package cn.kaohe.workflow.delegate;

import cn.kaohe.campaign.StatutoryClock;
import cn.kaohe.workflow.ProcessVocabulary;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** After the notice timer: has the notice really run its length by the domain's clock? If not, wait again. */
@Component
public class CheckNoticeEndedDelegate implements JavaDelegate {

    private final StatutoryClock clock;

    CheckNoticeEndedDelegate(StatutoryClock clock) {
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(ProcessVocabulary.VAR_NOTICE_ENDED, clock.noticeEnded(Vars.campaignId(execution)));
    }
}
