package cn.kaohe.workflow;

import static cn.kaohe.workflow.ProcessVocabulary.*;

import cn.kaohe.campaign.CampaignWorkflow;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Starts and signals the campaign and assessment processes. Variables hold ids, dates and flags only. */
@Component
class CamundaCampaignWorkflow implements CampaignWorkflow {

    private final RuntimeService runtimeService;
    private final AssessmentFacts facts;

    CamundaCampaignWorkflow(RuntimeService runtimeService, AssessmentFacts facts) {
        this.runtimeService = runtimeService;
        this.facts = facts;
    }

    @Override
    public void startCampaign(long campaignId, OffsetDateTime ratingDue, OffsetDateTime reviewDue) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(VAR_CAMPAIGN_ID, campaignId);
        vars.put(VAR_RATING_DUE, date(ratingDue));
        vars.put(VAR_REVIEW_DUE, date(reviewDue));
        runtimeService.startProcessInstanceByKey(CAMPAIGN_PROCESS, campaignKey(campaignId), vars);
    }

    /**
     * Starts one assessment with ids only (assessmentId, campaignId): users and dates come from {@link AssessmentFacts},
     * which is handed this start for the duration of the call, so no variable rows are written for them.
     */
    @Override
    public void startAssessment(AssessmentStart s) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(VAR_ASSESSMENT_ID, s.assessmentId());
        vars.put(VAR_CAMPAIGN_ID, s.campaignId());
        facts.starting(
                s,
                () -> runtimeService.startProcessInstanceByKey(
                        ASSESSMENT_PROCESS, assessmentKey(s.assessmentId()), vars));
    }

    @Override
    public boolean allRated(long campaignId) {
        // only ReceiveTask_AwaitRatings subscribes to the message: nothing happens when the campaign is elsewhere
        return !runtimeService
                .createMessageCorrelation(MESSAGE_ALL_RATED)
                .processInstanceBusinessKey(campaignKey(campaignId))
                .correlateAllWithResult()
                .isEmpty();
    }

    @Override
    public void inputsEntered(long campaignId) {
        // only a campaign waiting at ReceiveTask_AwaitInputs takes it; the process checks the inputs again
        runtimeService
                .createMessageCorrelation(MESSAGE_INPUTS_ENTERED)
                .processInstanceBusinessKey(campaignKey(campaignId))
                .correlateAllWithResult();
    }

    @Override
    public void appealsClosed(long campaignId) {
        runtimeService
                .createMessageCorrelation(MESSAGE_APPEALS_CLOSED)
                .processInstanceBusinessKey(campaignKey(campaignId))
                .correlateAll();
    }

    @Override
    public void cancel(long campaignId, java.util.List<Long> assessmentIds, String reason) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        runtimeService
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(campaignKey(campaignId))
                .list()
                .forEach(p -> ids.add(p.getId()));
        for (Long a : assessmentIds) {
            runtimeService
                    .createProcessInstanceQuery()
                    .processInstanceBusinessKey(assessmentKey(a))
                    .list()
                    .forEach(p -> ids.add(p.getId()));
        }
        if (!ids.isEmpty()) {
            runtimeService.deleteProcessInstances(ids, reason, true, true);
        }
    }

    static Date date(OffsetDateTime t) {
        return t == null ? null : Date.from(t.toInstant());
    }
}
