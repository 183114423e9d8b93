package cn.kaohe.campaign;

import cn.kaohe.audit.AuditEvent;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.audit.CurrentActor;
import cn.kaohe.notification.NotificationKind;
import cn.kaohe.notification.Notifications;
import cn.kaohe.scoring.AdjustmentBounds;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Committee and appeal adjustments (审议调整、复核): the range check every adjustment passes, the ranges the adjustment
 * form shows before anything is typed, and withdrawal with a reason (audited) after which the result is computed again
 * without it — the original comes back. A committee adjustment is withdrawn during the review; an appeal adjustment
 * from its decision until the campaign is finalised (docs/adr/0011, addendum).
 */
@Service
public class ResultAdjustments {

    private final ResultAdjustmentRepository adjustments;
    private final AssessmentRepository assessments;
    private final CampaignRepository campaigns;
    private final CampaignService campaignService;
    private final CampaignScheme schemes;
    private final CampaignRoster roster;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;
    private final AuditTrail audit;
    private final CurrentActor actor;
    private final Clock clock;

    ResultAdjustments(
            ResultAdjustmentRepository adjustments,
            AssessmentRepository assessments,
            CampaignRepository campaigns,
            CampaignService campaignService,
            CampaignScheme schemes,
            CampaignRoster roster,
            Notifications notifications,
            ApplicationEventPublisher events,
            ObjectMapper json,
            AuditTrail audit,
            CurrentActor actor,
            Clock clock) {
        this.adjustments = adjustments;
        this.assessments = assessments;
        this.campaigns = campaigns;
        this.campaignService = campaignService;
        this.schemes = schemes;
        this.roster = roster;
        this.notifications = notifications;
        this.events = events;
        this.json = json;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    /**
     * The total each of these assessments would have without its adjustments in force (the board shows it beside the
     * adjusted total, as the reports print 已调整（原总分 …）); assessments without adjustments are absent.
     */
    @Transactional(readOnly = true)
    public Map<Long, BigDecimal> originalTotals(List<Long> assessmentIds) {
        Map<Long, BigDecimal> originals = new LinkedHashMap<>();
        if (assessmentIds.isEmpty()) {
            return originals;
        }
        Set<Long> adjusted = new java.util.HashSet<>();
        adjustments.findInForce(assessmentIds).forEach(a -> adjusted.add(a.getAssessmentId()));
        for (Assessment a : assessments.findAllById(adjusted)) {
            if (a.getTotal() == null || a.getResult() == null) {
                continue;
            }
            BigDecimal delta = BigDecimal.ZERO;
            try {
                for (JsonNode line : json.readTree(a.getResult()).path("explanation")) {
                    if ("adjustment".equals(line.path("ruleId").asText())
                            && line.path("totalDelta").isNumber()) {
                        delta = delta.add(line.path("totalDelta").decimalValue());
                    }
                }
            } catch (JsonProcessingException e) {
                continue; // no explanation to read: the board shows the total alone
            }
            originals.put(a.getId(), a.getTotal().subtract(delta));
        }
        return originals;
    }

    /** Refuses (400, naming the field {@code value}) a value outside the target's range; changes nothing. */
    static void checkRange(Optional<AdjustmentBounds.Range> range, String label, BigDecimal value) {
        if (range.isPresent() && !range.get().contains(value)) {
            AdjustmentBounds.Range r = range.get();
            String allowed = (r.min() != null && r.max() != null ? "应在 " + r.text() + " 之间" : "应" + r.text())
                    + "（分类上限与下限、方案总分范围）";
            throw new KaoheException(
                    CampaignError.ADJUSTMENT_OUT_OF_BOUNDS,
                    List.of(Problem.ofField("value", label + allowed)),
                    label,
                    value.toPlainString(),
                    allowed);
        }
    }

    /**
     * What an adjustment of a target may set: a category's floor and cap, the total's bounds ({@code min}/{@code max}
     * null where open), or the scheme's grades for {@code GRADE}. The same policy {@link #checkRange} applies.
     */
    public record AllowedRange(
            String target, String label, BigDecimal min, BigDecimal max, String text, List<String> grades) {}

    /** The allowed range of every target of an assessment's scheme: its categories, the total, the grade. */
    @Transactional(readOnly = true)
    public List<AllowedRange> ranges(long assessmentId) {
        Assessment assessment =
                assessments.findById(assessmentId).orElseThrow(() -> KaoheException.notFound("个人考核", assessmentId));
        long scheme = campaignService.campaign(assessment.getCampaignId()).getSchemeVersionId();
        Map<String, String> targets = new LinkedHashMap<>(schemes.categories(scheme));
        targets.put(ResultAdjustment.TOTAL, "总分");
        List<AllowedRange> ranges = new ArrayList<>();
        targets.forEach((target, label) -> {
            Optional<AdjustmentBounds.Range> r = schemes.adjustmentRange(scheme, target);
            ranges.add(new AllowedRange(
                    target,
                    label,
                    r.map(AdjustmentBounds.Range::min).orElse(null),
                    r.map(AdjustmentBounds.Range::max).orElse(null),
                    r.map(AdjustmentBounds.Range::text).orElse("不设上下限"),
                    List.of()));
        });
        Map<String, String> grades = schemes.gradeLabels(scheme);
        if (!grades.isEmpty()) {
            ranges.add(new AllowedRange(
                    ResultAdjustment.GRADE,
                    "等次",
                    null,
                    null,
                    String.join("、", grades.values()),
                    List.copyOf(grades.values())));
        }
        return ranges;
    }

    /**
     * Withdraws an adjustment with a reason: the row stays (who, when, why), the campaign is ranked again without it
     * (total, rank, grade and pay), and the audit trail keeps the result before and after. A committee adjustment is
     * withdrawn during the committee's review; an appeal adjustment from the decision until the campaign is finalised
     * (public notice, re-notice, waiting for appeals) — after that the result is final (409).
     */
    @Transactional
    public ResultAdjustment withdraw(long adjustmentId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new KaoheException(CampaignError.REASON_REQUIRED, List.of(Problem.ofField("reason", "请填写撤回理由")));
        }
        ResultAdjustment adjustment =
                adjustments.findById(adjustmentId).orElseThrow(() -> KaoheException.notFound("调整记录", adjustmentId));
        Assessment assessment = assessments
                .findById(adjustment.getAssessmentId())
                .orElseThrow(() -> KaoheException.notFound("个人考核", adjustment.getAssessmentId()));
        Campaign campaign = campaigns
                .lockById(assessment.getCampaignId())
                .orElseThrow(() -> KaoheException.notFound("考核批次", assessment.getCampaignId()));
        if (!adjustment.inForce()) {
            throw new KaoheException(CampaignError.ADJUSTMENT_WITHDRAWN, adjustment.getWithdrawnAt());
        }
        boolean byAppeal = ResultAdjustment.APPEAL.equals(adjustment.getSource());
        if (byAppeal && campaign.getStatus() == CampaignStatus.FINALISED) {
            throw new KaoheException(CampaignError.APPEAL_ADJUSTMENT_FINAL, show(campaign.getFinalisedAt()));
        }
        if (assessment.isLocked() || campaign.getStatus() == CampaignStatus.FINALISED) {
            throw new KaoheException(CampaignError.RESULTS_LOCKED);
        }
        if (byAppeal) {
            if (!APPEAL_WITHDRAWABLE.contains(campaign.getStatus())) {
                throw new KaoheException(
                        CampaignError.WRONG_STEP, campaign.getStatus().label(), "撤回申诉调整");
            }
        } else {
            CampaignService.requireStatus(campaign, CampaignStatus.COMMITTEE_REVIEW, "撤回调整");
        }
        Map<String, Object> before = CampaignService.snapshot(assessment);
        adjustment.withdraw(actor.name(), OffsetDateTime.now(clock), reason.trim());
        adjustments.flush();
        campaignService.rescore(campaign);
        Map<String, Object> after = new LinkedHashMap<>(CampaignService.snapshot(assessment));
        after.put("withdrawnAdjustment", adjustmentId);
        after.put("source", adjustment.getSource());
        if (byAppeal) {
            after.put("appealId", adjustment.getSourceRef());
        }
        after.put("target", adjustment.getTarget());
        after.put("value", adjustment.getNewValue());
        audit.record(AuditEvent.changed(
                "ADJUSTMENT_WITHDRAWN", "Assessment", assessment.getId(), before, after, reason.trim()));
        if (byAppeal) {
            roster.loginName(assessment.getCadreId())
                    .ifPresent(login -> notifications.send(new Notifications.Message(
                            NotificationKind.RESULT,
                            login,
                            "申诉调整已撤回",
                            "考核领导小组撤回了对您" + campaign.getName() + "结果的申诉调整，理由：" + reason.trim() + "。您的结果按撤回后重新计算。",
                            campaign.getId(),
                            assessment.getId(),
                            Long.valueOf(adjustment.getSourceRef()))));
            events.publishEvent(
                    new CampaignEvent.ResultsChanged(campaign.getId(), Long.parseLong(adjustment.getSourceRef())));
        }
        return adjustment;
    }

    /** While an appeal adjustment may be withdrawn: the results are on (re-)notice or wait for appeals, not final. */
    private static final Set<CampaignStatus> APPEAL_WITHDRAWABLE =
            Set.of(CampaignStatus.PUBLIC_NOTICE, CampaignStatus.AWAITING_APPEALS);

    private static final DateTimeFormatter SHOW = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private String show(OffsetDateTime t) {
        return t == null ? "—" : t.atZoneSameInstant(clock.getZone()).format(SHOW);
    }
}
