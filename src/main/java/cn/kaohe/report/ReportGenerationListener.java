package cn.kaohe.report;

import cn.kaohe.campaign.CampaignEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Generates the reports a campaign step needs once the step has committed: ranking and grade distribution
 * for the committee review, the public notice when the notice opens, the whole pack at finalisation, and
 * ranking, distribution and notice again when an appeal changes results. Runs after commit in new
 * transactions; nothing here can undo or fail the step (errors are recorded by {@link ReportService}).
 */
@Component
class ReportGenerationListener {

    private static final Logger log = LoggerFactory.getLogger(ReportGenerationListener.class);

    private final ReportService reports;

    ReportGenerationListener(ReportService reports) {
        this.reports = reports;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(CampaignEvent event) {
        ReportTrigger trigger = trigger(event);
        try {
            reports.generateForStep(event.campaignId(), reports.typesFor(event.campaignId(), trigger), trigger);
        } catch (RuntimeException e) {
            // after commit an exception would reach the engine's job and retry a step that already happened
            log.error("Report generation for {} failed", event, e);
        }
    }

    static ReportTrigger trigger(CampaignEvent event) {
        if (event instanceof CampaignEvent.Ranked) {
            return ReportTrigger.RANKED;
        }
        if (event instanceof CampaignEvent.NoticeOpened) {
            return ReportTrigger.NOTICE_OPENED;
        }
        if (event instanceof CampaignEvent.Finalised) {
            return ReportTrigger.FINALISED;
        }
        return ReportTrigger.RESULTS_CHANGED;
    }
}
