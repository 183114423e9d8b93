package cn.kaohe.campaign;

import cn.kaohe.audit.AuditEvent;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.audit.CurrentActor;
import cn.kaohe.campaign.CampaignScorer.CampaignResult;
import cn.kaohe.campaign.CampaignScorer.ScoreResult;
import cn.kaohe.notification.NotificationKind;
import cn.kaohe.notification.Notifications;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.PageSpec;
import cn.kaohe.shared.Period;
import cn.kaohe.shared.Problem;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens and runs campaigns (考核批次): opening (the chunks are {@link CampaignOpening}'s), provisional and final scoring, ranking for the
 * committee, the committee's decision, the public notice and finalisation. Every change is audited.
 */
@Service
public class CampaignService {

    private final CampaignRepository campaigns;
    private final AssessmentRepository assessments;
    private final ResultAdjustmentRepository adjustments;
    private final CampaignRoster roster;
    private final CampaignScheme schemes;
    private final CampaignScorer scorer;
    private final CampaignWorkflow workflow;
    private final AuditTrail audit;
    private final CurrentActor actor;
    private final Notifications notifications;
    private final NoticeCalendar noticeCalendar;
    private final CampaignAppeals appeals;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final CampaignPayInputs payInputs;

    CampaignService(
            CampaignRepository campaigns,
            AssessmentRepository assessments,
            ResultAdjustmentRepository adjustments,
            CampaignRoster roster,
            CampaignScheme schemes,
            CampaignScorer scorer,
            CampaignWorkflow workflow,
            AuditTrail audit,
            CurrentActor actor,
            Notifications notifications,
            NoticeCalendar noticeCalendar,
            CampaignAppeals appeals,
            Clock clock,
            org.springframework.context.ApplicationEventPublisher events,
            CampaignPayInputs payInputs) {
        this.campaigns = campaigns;
        this.assessments = assessments;
        this.adjustments = adjustments;
        this.roster = roster;
        this.schemes = schemes;
        this.scorer = scorer;
        this.workflow = workflow;
        this.audit = audit;
        this.actor = actor;
        this.notifications = notifications;
        this.noticeCalendar = noticeCalendar;
        this.appeals = appeals;
        this.clock = clock;
        this.events = events;
        this.payInputs = payInputs;
    }

    /** Opens a campaign: validates everything first, then freezes the scheme and starts the process. */
    @Transactional
    public Campaign open(OpenCampaign command) {
        Period period;
        try {
            period = Period.parse(command.cycle(), command.period());
        } catch (IllegalArgumentException e) {
            throw KaoheException.invalid(List.of(Problem.ofField("period", e.getMessage())));
        }
        String unitName =
                roster.unitName(command.unitId()).orElseThrow(() -> KaoheException.notFound("单位", command.unitId()));
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!(now.isBefore(command.selfEvaluationDue())
                && command.selfEvaluationDue().isBefore(command.ratingDue())
                && command.ratingDue().isBefore(command.reviewDue()))) {
            throw new KaoheException(CampaignError.DUE_DATES_OUT_OF_ORDER);
        }
        campaigns
                .findByActiveKey(Campaign.activeKey(
                        command.unitId(),
                        command.cycle(),
                        period.label(),
                        schemes.assessesUnits(command.schemeVersionId())))
                .ifPresent(existing -> {
                    throw new KaoheException(
                            CampaignError.DUPLICATE_CAMPAIGN, unitName, period.chineseLabel(), existing.getId());
                });
        payInputs.checkCycle(command.schemeVersionId(), command.cycle());
        CampaignPayInputs.PayInputs pay =
                payInputs.check(command.schemeVersionId(), period, command.payPool(), command.payoutPeriod());
        boolean units = schemes.assessesUnits(command.schemeVersionId());
        int count = units ? roster.countUnits(command.unitId()) : roster.countCadres(command.unitId());
        if (count == 0) {
            throw new KaoheException(CampaignError.NO_CADRES_IN_SCOPE, unitName);
        }
        List<String> missing =
                units ? roster.unitsWithoutHead(command.unitId(), 10) : roster.cadresWithoutLogin(command.unitId(), 10);
        if (!missing.isEmpty()) {
            throw new KaoheException(
                    units ? CampaignError.UNITS_WITHOUT_HEAD : CampaignError.CADRES_WITHOUT_LOGIN,
                    String.join("、", missing));
        }
        String schemeName = schemes.freeze(command.schemeVersionId());
        int noticeDays = schemes.noticeWorkingDays(command.schemeVersionId());
        String name = command.name() == null || command.name().isBlank()
                ? unitName + period.chineseLabel() + "考核"
                : command.name().trim();
        Campaign fresh = new Campaign(
                name,
                command.unitId(),
                command.cycle(),
                period.label(),
                period.start(),
                period.end(),
                command.schemeVersionId(),
                command.selfEvaluationDue(),
                command.ratingDue(),
                command.reviewDue(),
                noticeDays,
                count,
                actor.name(),
                now);
        fresh.payInputs(pay.pool(), pay.payoutPeriod());
        fresh.assessesUnits(units);
        Campaign campaign = campaigns.saveAndFlush(fresh);
        audit.record(AuditEvent.created(
                "CAMPAIGN_OPENED",
                "Campaign",
                campaign.getId(),
                Map.of(
                        "name", name,
                        "unit", unitName,
                        "period", period.label(),
                        "scheme", schemeName,
                        "cadres", count,
                        "payPool", pay.pool() == null ? "无" : pay.pool().toPlainString(),
                        "payoutPeriod", pay.payoutPeriod() == null ? period.label() : pay.payoutPeriod()),
                null));
        workflow.startCampaign(campaign.getId(), command.ratingDue(), command.reviewDue());
        return campaign;
    }

    /** Scores one assessment after a step (provisional after self-evaluation, again after the rating). */
    @Transactional
    public void scoreAfterStep(long assessmentId, boolean rated) {
        // one assessment's step: the campaign row is read, never versioned here (ADR 0010); only the rated count is
        // incremented in place, last, so that raters of different cadres never make each other's writes stale
        Assessment assessment = assessment(assessmentId);
        Campaign campaign = campaign(assessment.getCampaignId());
        ScoreResult r = scorer.scoreOne(campaign, assessment);
        assessment.scored(r.total(), r.grade(), r.gradeLabel(), null, r.eligible(), null, r.resultJson());
        if (rated) {
            campaigns.countRated(campaign.getId());
            if (campaigns.allRated(campaign.getId())) {
                workflow.allRated(campaign.getId());
            }
        }
    }

    /**
     * Ranks and grades the whole campaign for the committee (审议). If the data is incomplete (a rating
     * missing, a derived score without sources) the committee gets the review anyway with the problems
     * listed, and can only send the campaign back; nothing is half-scored.
     */
    @Transactional
    public void rank(long campaignId) {
        Campaign campaign = lock(campaignId);
        try {
            CampaignResult result = rescore(campaign);
            audit.record(AuditEvent.created("CAMPAIGN_RANKED", "Campaign", campaignId, result.groupJson(), null));
            events.publishEvent(new CampaignEvent.Ranked(campaignId));
        } catch (KaoheException e) {
            Map<String, Object> failure = new LinkedHashMap<>();
            failure.put("error", e.errorCode().code());
            failure.put("message", e.getMessage());
            failure.put("problems", e.problems());
            String json = RankingFailure.write(failure);
            campaign.groupResult(json);
            audit.record(AuditEvent.created("CAMPAIGN_RANKING_FAILED", "Campaign", campaignId, json, e.getMessage()));
        }
        campaign.moveTo(CampaignStatus.COMMITTEE_REVIEW);
    }

    /**
     * Checks a change of a result: the target is a category of the scheme, {@code TOTAL} or {@code GRADE}; a score is a
     * number within ±100000 with at most 4 decimals; a grade is one of the scheme's grades (its code or its label).
     */
    Change checkChange(Campaign campaign, Change change) {
        Map<String, String> categories = schemes.categories(campaign.getSchemeVersionId());
        Map<String, String> grades = schemes.gradeLabels(campaign.getSchemeVersionId());
        String target = change.target() == null ? "" : change.target().trim();
        String value = change.value() == null ? "" : change.value().trim();
        if (target.equals(ResultAdjustment.GRADE) && !grades.isEmpty()) {
            for (Map.Entry<String, String> g : grades.entrySet()) {
                if (g.getKey().equals(value) || g.getValue().equals(value)) {
                    return new Change(target, g.getKey());
                }
            }
            throw new KaoheException(
                    CampaignError.BAD_ADJUSTMENT_VALUE, "等次", value, "可选 " + String.join("、", grades.values()));
        }
        if (!target.equals(ResultAdjustment.TOTAL) && !categories.containsKey(target)) {
            List<String> options = new java.util.ArrayList<>(categories.keySet());
            options.add(ResultAdjustment.TOTAL);
            if (!grades.isEmpty()) {
                options.add(ResultAdjustment.GRADE);
            }
            throw new KaoheException(CampaignError.BAD_ADJUSTMENT_TARGET, target, String.join("、", options));
        }
        String label = target.equals(ResultAdjustment.TOTAL) ? "总分" : categories.get(target);
        java.math.BigDecimal number;
        try {
            number = new java.math.BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new KaoheException(CampaignError.BAD_ADJUSTMENT_VALUE, label, value, "须为数字");
        }
        if (number.abs().compareTo(java.math.BigDecimal.valueOf(100_000)) > 0 || number.scale() > 4) {
            throw new KaoheException(CampaignError.BAD_ADJUSTMENT_VALUE, label, value, "超出可用范围");
        }
        // the category's cap and floor, the scheme's total bounds (ResultAdjustments, docs/adr/0011)
        ResultAdjustments.checkRange(schemes.adjustmentRange(campaign.getSchemeVersionId(), target), label, number);
        return new Change(target, number.toPlainString());
    }

    /** True when the last ranking produced results (not a list of problems). */
    static boolean ranked(Campaign campaign) {
        return campaign.getGroupResult() != null && !RankingFailure.isFailure(campaign.getGroupResult());
    }

    CampaignResult rescore(Campaign campaign) {
        List<Assessment> all = assessments.findByCampaignIdOrderByIdAsc(campaign.getId());
        List<ResultAdjustment> adj =
                adjustments.findInForce(all.stream().map(Assessment::getId).toList());
        CampaignResult result = scorer.scoreAll(campaign, all, adj);
        for (Assessment a : all) {
            ScoreResult r = result.byAssessment().get(a.getId());
            if (r != null) {
                a.scored(r.total(), r.grade(), r.gradeLabel(), r.rank(), r.eligible(), r.pay(), r.resultJson());
            }
        }
        campaign.groupResult(result.groupJson());
        return result;
    }

    /** The committee changes a score or grade, with a written reason; the campaign is re-ranked. */
    @Transactional
    public ResultAdjustment adjust(long assessmentId, String target, String newValue, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new KaoheException(CampaignError.REASON_REQUIRED);
        }
        Assessment assessment = assessment(assessmentId);
        Campaign campaign = lock(assessment.getCampaignId());
        if (assessment.isLocked() || campaign.getStatus() == CampaignStatus.FINALISED) {
            // a finalised result changes only through an appeal decided by the committee
            throw new KaoheException(CampaignError.RESULTS_LOCKED);
        }
        requireStatus(campaign, CampaignStatus.COMMITTEE_REVIEW, "审议调整");
        Change checked = checkChange(campaign, new Change(target, newValue));
        Map<String, Object> before = snapshot(assessment);
        ResultAdjustment adjustment = adjustments.save(new ResultAdjustment(
                assessmentId,
                checked.target(),
                checked.value(),
                reason.trim(),
                ResultAdjustment.COMMITTEE,
                null,
                actor.name(),
                OffsetDateTime.now(clock)));
        rescore(campaign);
        audit.record(AuditEvent.changed(
                "RESULT_ADJUSTED", "Assessment", assessmentId, before, snapshot(assessment), reason.trim()));
        return adjustment;
    }

    /** The committee approves the campaign or sends it back with a reason. */
    @Transactional
    public void decide(long campaignId, boolean approve, String reason) {
        Campaign campaign = lock(campaignId);
        requireStatus(campaign, CampaignStatus.COMMITTEE_REVIEW, approve ? "审议通过" : "退回");
        if (approve && !ranked(campaign)) {
            throw new KaoheException(CampaignError.NOT_YET_RANKED);
        }
        if (!approve && (reason == null || reason.isBlank())) {
            throw new KaoheException(CampaignError.REASON_REQUIRED);
        }
        if (approve) {
            campaign.approved(actor.name(), OffsetDateTime.now(clock));
        } else {
            OffsetDateTime due = reworkDue();
            campaign.sentBack(reason.trim(), due);
            notifications.send(new Notifications.Message(
                    NotificationKind.RETURNED,
                    CampaignAlerts.OFFICE,
                    "考核批次被退回整改：" + campaign.getName(),
                    campaign.getName() + "被考核领导小组退回整改。退回理由：" + reason.trim() + "。请于 " + shown(due) + " 前完成整改并重新排名。",
                    campaignId,
                    null,
                    null));
        }
        audit.record(AuditEvent.changed(
                approve ? "CAMPAIGN_APPROVED" : "CAMPAIGN_SENT_BACK",
                "Campaign",
                campaignId,
                CampaignStatus.COMMITTEE_REVIEW.name(),
                approve ? "APPROVED" : CampaignStatus.REWORK.name(),
                reason));
    }

    /** 参数: working days the office has to correct a campaign the committee sent back (退回整改). */
    static final int REWORK_WORKING_DAYS = 3;

    /**
     * The end (24:00) of the {@link #REWORK_WORKING_DAYS}th working day from now; in a year without an official
     * holiday arrangement the same number of calendar days (the committee's decision is never blocked by the
     * calendar, and the office sees the date).
     */
    private OffsetDateTime reworkDue() {
        try {
            return noticeCalendar.window(clock.instant(), REWORK_WORKING_DAYS).end();
        } catch (KaoheException e) {
            return OffsetDateTime.now(clock).plusDays(REWORK_WORKING_DAYS);
        }
    }

    private static String shown(OffsetDateTime t) {
        return t.atZoneSameInstant(cn.kaohe.shared.KaoheZone.ZONE)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm"));
    }

    /** The office has made the corrections the committee asked for; the campaign is ranked again. */
    @Transactional
    public void reworkDone(long campaignId, String note) {
        Campaign campaign = lock(campaignId);
        requireStatus(campaign, CampaignStatus.REWORK, "整改完成");
        campaign.moveTo(CampaignStatus.IN_PROGRESS);
        audit.record(AuditEvent.changed(
                "CAMPAIGN_REWORKED", "Campaign", campaignId, CampaignStatus.REWORK.name(), "RE_RANK", note));
    }

    /**
     * Opens the public notice (公示) of the scheme's number of working days from now; answers when it ends.
     * A year without an official holiday arrangement is an error shown to the office, never a guess.
     */
    @Transactional
    public OffsetDateTime openNotice(long campaignId) {
        Campaign campaign = lock(campaignId);
        NoticeCalendar.Window window = noticeCalendar.window(
                clock.instant(),
                campaign.getNoticeWorkingDays(),
                schemes.noticeCutOff(campaign.getSchemeVersionId()).orElse(null));
        campaign.noticeOpened(window.start(), window.end());
        audit.record(AuditEvent.changed(
                "NOTICE_OPENED",
                "Campaign",
                campaignId,
                null,
                Map.of("start", window.start().toString(), "end", window.end().toString()),
                null));
        events.publishEvent(new CampaignEvent.NoticeOpened(campaignId));
        return window.end();
    }

    /** True while an appeal of the campaign is open (the campaign then waits before finalising). */
    @Transactional
    public boolean waitForAppeals(long campaignId) {
        // the campaign lock first, then the count: closing an appeal takes the same lock (lockForAppeals) before it
        // looks at the campaign, so either the close sees AWAITING_APPEALS or this count sees the appeal closed
        Campaign campaign = lock(campaignId);
        boolean open = appeals.hasOpenAppeals(campaignId);
        if (open && campaign.getStatus() != CampaignStatus.AWAITING_APPEALS) {
            campaign.moveTo(CampaignStatus.AWAITING_APPEALS);
        }
        return open;
    }

    /**
     * The campaign locked until the caller's transaction ends, for a step that decides whether a waiting campaign
     * goes on (closing its last appeal). Same lock order as {@link #waitForAppeals}: campaign row, then appeals.
     */
    @Transactional
    public Campaign lockForAppeals(long campaignId) {
        return lock(campaignId);
    }

    /** Campaigns waiting for appeals that have none open any more (the periodic re-check moves them on). */
    @Transactional(readOnly = true)
    public List<Long> waitingWithoutOpenAppeals() {
        return campaigns.findByStatus(CampaignStatus.AWAITING_APPEALS).stream()
                .map(Campaign::getId)
                .filter(id -> !appeals.hasOpenAppeals(id))
                .toList();
    }

    /** Campaigns still waiting for ratings although every assessment is rated (the periodic re-check). */
    @Transactional(readOnly = true)
    public List<Long> inProgressAllRated() {
        return campaigns.findByStatus(CampaignStatus.IN_PROGRESS).stream()
                .filter(Campaign::allRated)
                .map(Campaign::getId)
                .toList();
    }

    /** One change an appeal decision makes: a category id, {@code TOTAL} or {@code GRADE}, and the new value. */
    public record Change(String target, String value) {}

    /** What an appeal decision did: the appellant before/after and the other cadres whose results changed. */
    public record AppealImpact(
            Map<String, Object> before, Map<String, Object> after, List<Map<String, Object>> othersChanged) {}

    /**
     * Applies the changes an appeal decision makes and re-ranks the campaign (quotas included). Refuses, and
     * changes nothing, when the appellant's result would get worse (不因申诉加重处理).
     */
    @Transactional
    public AppealImpact applyAppealAdjustments(
            long assessmentId, List<Change> changes, String reason, long appealId, List<String> gradeOrder) {
        Assessment appellant = assessment(assessmentId);
        Campaign campaign = lock(appellant.getCampaignId());
        List<Assessment> all = assessments.findByCampaignIdOrderByIdAsc(campaign.getId());
        Map<Long, Map<String, Object>> before = new LinkedHashMap<>();
        for (Assessment a : all) {
            before.put(a.getId(), snapshot(a));
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Change> checkedChanges =
                changes.stream().map(c -> checkChange(campaign, c)).toList();
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
        rescore(campaign);
        Map<String, Object> after = snapshot(appellant);
        NoWorse.check(before.get(assessmentId), after, gradeOrder);
        List<Map<String, Object>> others = new java.util.ArrayList<>();
        for (Assessment a : all) {
            Map<String, Object> now2 = snapshot(a);
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

    /**
     * Cancels a campaign opened by mistake (wrong scheme, wrong unit): its processes end, its tasks disappear, the
     * unit and period can be opened again. Not possible once results are on notice or final; the reason is audited.
     */
    @Transactional
    public void cancel(long campaignId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new KaoheException(CampaignError.REASON_REQUIRED);
        }
        Campaign campaign = lock(campaignId);
        CampaignStatus before = campaign.getStatus();
        if (before == CampaignStatus.PUBLIC_NOTICE
                || before == CampaignStatus.AWAITING_APPEALS
                || before == CampaignStatus.FINALISED
                || before == CampaignStatus.CANCELLED) {
            throw new KaoheException(CampaignError.WRONG_STEP, before.label(), "撤销考核批次");
        }
        workflow.cancel(
                campaignId,
                assessments.findByCampaignIdOrderByIdAsc(campaignId).stream()
                        .map(Assessment::getId)
                        .toList(),
                reason.trim());
        campaign.cancel();
        audit.record(AuditEvent.changed(
                "CAMPAIGN_CANCELLED",
                "Campaign",
                campaignId,
                before.name(),
                CampaignStatus.CANCELLED.name(),
                reason.trim()));
    }

    /** Locks every result, tells each cadre in writing (书面告知), archives the campaign. */
    @Transactional
    public void finalise(long campaignId) {
        Campaign campaign = lock(campaignId);
        if (campaign.getStatus() == CampaignStatus.FINALISED) {
            return; // idempotent: a retried job must not notify twice
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (Assessment a : assessments.findByCampaignIdOrderByIdAsc(campaignId)) {
            a.lock();
            roster.loginName(a.getCadreId())
                    .ifPresent(login -> notifications.send(new Notifications.Message(
                            NotificationKind.RESULT,
                            login,
                            "考核结果通知：" + campaign.getName(),
                            "您在" + campaign.getName() + "中的考核结果：总分 " + display(a) + "，等次 "
                                    + (a.getGradeLabel() == null ? "—" : a.getGradeLabel())
                                    + "。如有异议，可在规定期限内提出申诉。",
                            campaignId,
                            a.getId(),
                            null)));
        }
        campaign.finalised(now);
        audit.record(AuditEvent.changed(
                "CAMPAIGN_FINALISED", "Campaign", campaignId, CampaignStatus.PUBLIC_NOTICE.name(), "FINALISED", null));
        events.publishEvent(new CampaignEvent.Finalised(campaignId));
    }

    @Transactional(readOnly = true)
    public Campaign campaign(long id) {
        return campaigns.findById(id).orElseThrow(() -> KaoheException.notFound("考核批次", id));
    }

    @Transactional(readOnly = true)
    public List<Campaign> all() {
        return campaigns.findAll(org.springframework.data.domain.Sort.by("id").descending());
    }

    /** The sort keys of a page of campaigns (issue 16). */
    public static final java.util.Set<String> SORT_KEYS =
            java.util.Set.of("id", "name", "period", "status", "openedAt");

    private static final Map<String, String> CAMPAIGN_ORDER =
            Map.of("id", "id", "name", "name", "period", "periodStart", "status", "status", "openedAt", "openedAt");

    /** One page of campaigns, searched by part of the name or period and sorted by the database (issue 16). */
    @Transactional(readOnly = true)
    public PageSpec.Page<Campaign> page(String q, PageSpec spec) {
        org.springframework.data.domain.Sort.Direction dir = spec.ascending()
                ? org.springframework.data.domain.Sort.Direction.ASC
                : org.springframework.data.domain.Sort.Direction.DESC;
        org.springframework.data.domain.Sort sort = org.springframework.data.domain.Sort.by(
                        dir, CAMPAIGN_ORDER.get(spec.sort()))
                .and(org.springframework.data.domain.Sort.by(dir, "id"));
        String like = q == null || q.isBlank() ? null : "%" + q.strip().toLowerCase(java.util.Locale.ROOT) + "%";
        org.springframework.data.domain.PageRequest request =
                org.springframework.data.domain.PageRequest.of(spec.page(), spec.size(), sort);
        org.springframework.data.domain.Page<Campaign> page =
                like == null ? campaigns.findAll(request) : campaigns.search(like, request);
        return spec.page(page.getContent(), page.getTotalElements());
    }

    @Transactional(readOnly = true)
    public Assessment assessment(long id) {
        return assessments.findById(id).orElseThrow(() -> KaoheException.notFound("个人考核", id));
    }

    @Transactional(readOnly = true)
    public List<Assessment> assessments(long campaignId) {
        return assessments.findByCampaignIdOrderByIdAsc(campaignId);
    }

    @Transactional(readOnly = true)
    public List<Assessment> assessmentsOfCadre(long cadreId) {
        return assessments.findByCadreIdOrderByIdDesc(cadreId);
    }

    @Transactional(readOnly = true)
    public List<ResultAdjustment> adjustments(long campaignId) {
        return adjustments.findByAssessmentIdInOrderByIdAsc(
                assessments(campaignId).stream().map(Assessment::getId).toList());
    }

    private Campaign lock(long id) {
        return campaigns.lockById(id).orElseThrow(() -> KaoheException.notFound("考核批次", id));
    }

    static void requireStatus(Campaign campaign, CampaignStatus expected, String action) {
        if (campaign.getStatus() != expected) {
            throw new KaoheException(
                    CampaignError.WRONG_STEP, campaign.getStatus().label(), action);
        }
    }

    static Map<String, Object> snapshot(Assessment a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", a.getTotal() == null ? null : a.getTotal().toPlainString());
        m.put("grade", a.getGrade());
        m.put("rank", a.getRankNo());
        m.put("eligible", a.getEligible());
        return m;
    }

    private static String display(Assessment a) {
        return a.getTotal() == null
                ? "—"
                : a.getTotal().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
