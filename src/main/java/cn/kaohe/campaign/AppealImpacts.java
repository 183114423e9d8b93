package cn.kaohe.campaign;

import cn.kaohe.audit.AuditEvent;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.audit.CurrentActor;
import cn.kaohe.campaign.CampaignService.AppealImpact;
import cn.kaohe.campaign.CampaignService.Change;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an appeal decision does to the results: its changes saved as adjustments, the campaign re-ranked, refused when
 * the appellant would be worse off (不因申诉加重处理), the other cadres whose grade or rank moved listed and audited.
 */
@Service
public class AppealImpacts {

    private final CampaignRows rows;
    private final AssessmentRepository assessments;
    private final ResultAdjustmentRepository adjustments;
    private final CampaignRanking ranking;
    private final CampaignRoster roster;
    private final AuditTrail audit;
    private final CurrentActor actor;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AppealImpacts(
            CampaignRows rows,
            AssessmentRepository assessments,
            ResultAdjustmentRepository adjustments,
            CampaignRanking ranking,
            CampaignRoster roster,
            AuditTrail audit,
            CurrentActor actor,
            Clock clock,
            ApplicationEventPublisher events) {
        this.rows = rows;
        this.assessments = assessments;
        this.adjustments = adjustments;
        this.ranking = ranking;
        this.roster = roster;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Applies the changes an appeal decision makes and re-ranks the campaign (quotas included). Refuses, and
     * changes nothing, when the appellant's result would get worse (不因申诉加重处理).
     */
    @Transactional
    public AppealImpact applyAppealAdjustments(
            long assessmentId, List<Change> changes, String reason, long appealId, List<String> gradeOrder) {
        Assessment appellant = rows.assessment(assessmentId);
        Campaign campaign = rows.lock(appellant.getCampaignId());
        List<Assessment> all = assessments.findByCampaignIdOrderByIdAsc(campaign.getId());
        Map<Long, Map<String, Object>> before = new LinkedHashMap<>();
        for (Assessment a : all) {
            before.put(a.getId(), CampaignService.snapshot(a));
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Change> checkedChanges =
                changes.stream().map(c -> ranking.checkChange(campaign, c)).toList();
        for (Change change : checkedChanges) {
            adjustments.save(new ResultAdjustment(
                    assessmentId,
                    change.target(),
                    change.value(),
                    reason,
                    ResultAdjustment.APPEAL,
                    String.valueOf(appealId),
                    actor.name(),
                    now));
        }
        ranking.rescore(campaign);
        Map<String, Object> after = CampaignService.snapshot(appellant);
        NoWorse.check(before.get(assessmentId), after, gradeOrder);
        List<Map<String, Object>> others = new java.util.ArrayList<>();
        for (Assessment a : all) {
            Map<String, Object> now2 = CampaignService.snapshot(a);
            if (a.getId() != assessmentId
                    && (!java.util.Objects.equals(before.get(a.getId()).get("grade"), now2.get("grade"))
                            || !java.util.Objects.equals(before.get(a.getId()).get("rank"), now2.get("rank")))) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("assessmentId", a.getId());
                o.put("cadreId", a.getCadreId());
                o.put("name", roster.cadreName(a.getCadreId()));
                o.put("before", before.get(a.getId()));
                o.put("after", now2);
                others.add(o);
            }
        }
        audit.record(AuditEvent.changed(
                "RESULT_CHANGED_BY_APPEAL", "Assessment", assessmentId, before.get(assessmentId), after, reason));
        for (Map<String, Object> o : others) {
            audit.record(AuditEvent.changed(
                    "RESULT_CHANGED_BY_RERANK",
                    "Assessment",
                    o.get("assessmentId"),
                    o.get("before"),
                    o.get("after"),
                    "申诉 " + appealId + " 调整后重新排名"));
        }
        events.publishEvent(new CampaignEvent.ResultsChanged(campaign.getId(), appealId));
        return new AppealImpact(before.get(assessmentId), after, others);
    }
}
