package cn.kaohe.workflow.delegate;

import cn.kaohe.campaign.CampaignService;
import cn.kaohe.workflow.ProcessVocabulary;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Opens the public notice (公示) of N working days; the timer waits for its end. */
@Component
public class OpenPublicNoticeDelegate implements JavaDelegate {

    private final CampaignService campaigns;

    OpenPublicNoticeDelegate(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var end = campaigns.openNotice(Vars.campaignId(execution));
        execution.setVariable(ProcessVocabulary.VAR_NOTICE_END, Date.from(end.toInstant()));
    }
}
