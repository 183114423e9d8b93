package cn.kaohe.campaign;

import cn.kaohe.audit.AuditEvent;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.campaign.CampaignScheme.RatingForm;
import cn.kaohe.notification.NotificationKind;
import cn.kaohe.notification.Notifications;
import cn.kaohe.shared.KaoheException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The user steps of one assessment: a cadre saves or submits the self-evaluation, the supervising leader
 * rates or returns it. Each checks who acts and validates against the scheme before anything changes.
 */
@Service
public class AssessmentSteps {

    static final int MAX_SUMMARY = 5000;

    /** A returned self-evaluation is due again this many working days after it was returned. */
    static final int RESUBMIT_WORKING_DAYS = 3;

    /** A reminder goes out this long before the new due date (as for every step). */
    static final java.time.Duration REMIND_BEFORE = CampaignOpening.REMIND_BEFORE;

    private final CampaignRows campaigns;
    private final CampaignScheme schemes;
    private final CampaignRoster roster;
    private final AuditTrail audit;
    private final Notifications notifications;
    private final NoticeCalendar calendar;
    private final Clock clock;

    AssessmentSteps(
            CampaignRows campaigns,
            CampaignScheme schemes,
            CampaignRoster roster,
            AuditTrail audit,
            Notifications notifications,
            NoticeCalendar calendar,
            Clock clock) {
        this.campaigns = campaigns;
        this.schemes = schemes;
        this.roster = roster;
        this.audit = audit;
        this.notifications = notifications;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Saves a draft of the self-evaluation; ranges are checked, completeness is not. */
    @Transactional
    public Assessment saveDraft(long assessmentId, String user, SelfEvaluationForm form) {
        Assessment a = forCadre(assessmentId, user, "保存草稿");
        Map<String, BigDecimal> scores = validateSelfScores(a, form, false);
        String summary = checkSummary(form.summary(), false);
        a.saveDraft(summary, scores, form.attachments(), OffsetDateTime.now(clock));
        return a;
    }

    /** Submits the self-evaluation; the caller completes the task in the same transaction. */
    @Transactional
    public Assessment submitSelfEvaluation(long assessmentId, String user, SelfEvaluationForm form) {
        Assessment a = forCadre(assessmentId, user, "提交自评");
        Map<String, BigDecimal> scores = validateSelfScores(a, form, true);
        String summary = checkSummary(form.summary(), true);
        Map<String, Object> before = selfState(a);
        a.submitSelfEvaluation(summary, scores, form.attachments(), OffsetDateTime.now(clock));
        audit.recordStep(
                user,
                AuditEvent.changed(
                        "SELF_EVALUATION_SUBMITTED", "Assessment", assessmentId, before, selfState(a), null));
        return a;
    }

    /** The supervising leader rates; every category of the scheme needs a score within its range. */
    @Transactional
    public Assessment rate(long assessmentId, String user, RatingFormData form) {
        Assessment a = forLeader(assessmentId, user, "评分");
        Map<String, BigDecimal> scores = validateRating(a, form);
        Map<String, Object> before = ratingState(a);
        a.rate(scores, form.comment(), user, OffsetDateTime.now(clock));
        audit.recordStep(
                user, AuditEvent.changed("RATED", "Assessment", assessmentId, before, ratingState(a), form.comment()));
        return a;
    }

    /** When a returned self-evaluation is due again, and when its reminder goes out. */
    public record Resubmission(OffsetDateTime due, OffsetDateTime remindAt) {}

    /**
     * The supervising leader returns the self-evaluation to the cadre with a reason. The returned task gets a new
     * due date: {@value #RESUBMIT_WORKING_DAYS} working days from now, never earlier than the campaign's own
     * self-evaluation due date (its reminder 24 hours before), so that a reminder and an escalation do not fire at
     * once on a due date that has already passed.
     */
    @Transactional
    public Resubmission returnToCadreWithNewDue(long assessmentId, String user, String reason) {
        Assessment a = returnToCadre(assessmentId, user, reason);
        Campaign c = campaigns.campaign(a.getCampaignId());
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime due;
        try {
            due = calendar.window(clock.instant(), RESUBMIT_WORKING_DAYS).end();
        } catch (KaoheException e) {
            // a year without an official holiday arrangement: calendar days, never a silent guess of holidays
            due = now.plusDays(RESUBMIT_WORKING_DAYS);
        }
        if (c.getSelfEvaluationDue() != null && due.isBefore(c.getSelfEvaluationDue())) {
            due = c.getSelfEvaluationDue();
        }
        OffsetDateTime remindAt = due.minus(REMIND_BEFORE);
        return new Resubmission(due, remindAt.isBefore(now) ? now : remindAt);
    }

    /** The supervising leader returns the self-evaluation to the cadre with a reason. */
    @Transactional
    public Assessment returnToCadre(long assessmentId, String user, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new KaoheException(CampaignError.REASON_REQUIRED);
        }
        Assessment a = forLeader(assessmentId, user, "退回");
        a.returnToCadre(reason.trim());
        audit.record(
                user,
                AuditEvent.changed(
                        "SELF_EVALUATION_RETURNED",
                        "Assessment",
                        assessmentId,
                        AssessmentStatus.RATING.name(),
                        AssessmentStatus.SELF_EVALUATION.name(),
                        reason.trim()));
        roster.loginName(a.getCadreId())
                .ifPresent(login -> notifications.send(new Notifications.Message(
                        NotificationKind.RETURNED,
                        login,
                        "自评被退回",
                        "分管领导退回了您的自评：" + reason.trim(),
                        a.getCampaignId(),
                        a.getId(),
                        null)));
        return a;
    }

    private Assessment forCadre(long assessmentId, String user, String action) {
        Assessment a = load(assessmentId);
        if (a.getStatus() != AssessmentStatus.SELF_EVALUATION) {
            throw new KaoheException(CampaignError.WRONG_STEP, a.getStatus().label(), action);
        }
        if (!Objects.equals(roster.loginName(a.getCadreId()).orElse(null), user)) {
            throw new KaoheException(CampaignError.NOT_YOUR_TASK, "个人考核 " + assessmentId);
        }
        return a;
    }

    private Assessment forLeader(long assessmentId, String user, String action) {
        Assessment a = load(assessmentId);
        if (a.getStatus() != AssessmentStatus.RATING) {
            throw new KaoheException(CampaignError.WRONG_STEP, a.getStatus().label(), action);
        }
        String leaderLogin = a.getLeaderId() == null
                ? null
                : roster.loginName(a.getLeaderId()).orElse(null);
        if (!Objects.equals(leaderLogin, user)) {
            throw new KaoheException(CampaignError.NOT_YOUR_TASK, "个人考核 " + assessmentId);
        }
        if (Objects.equals(a.getLeaderId(), a.getCadreId())) {
            throw new KaoheException(CampaignError.NOT_YOUR_TASK, "不能给自己评分");
        }
        return a;
    }

    /**
     * Loads the assessment with its row locked until the transaction ends (lock order: assessment row, then the
     * engine's rows — ADR 0010; the campaign row is no longer written by a rating, docs/adr/0013): a second click on
     * the same step waits here
     * and then finds the step done instead of failing on a stale version.
     */
    private Assessment load(long assessmentId) {
        Assessment a = campaigns.lockAssessment(assessmentId);
        if (a.isLocked()) {
            throw new KaoheException(CampaignError.RESULTS_LOCKED);
        }
        return a;
    }

    private RatingForm form(Assessment a) {
        Campaign c = campaigns.campaign(a.getCampaignId());
        return schemes.ratingForm(c.getSchemeVersionId());
    }

    private Map<String, BigDecimal> validateSelfScores(Assessment a, SelfEvaluationForm form, boolean complete) {
        Map<String, BigDecimal> given = form.scores() == null ? Map.of() : form.scores();
        RatingForm rf = form(a);
        Map<String, BigDecimal> result = new LinkedHashMap<>();
        for (String id : given.keySet()) {
            if (rf.categories().stream().noneMatch(c -> c.id().equals(id) && c.selfScored())) {
                throw new KaoheException(CampaignError.UNKNOWN_CATEGORY, id);
            }
        }
        for (RatingForm.Category c : rf.categories()) {
            if (!c.selfScored()) {
                continue;
            }
            BigDecimal v = given.get(c.id());
            if (v == null) {
                if (complete) {
                    throw new KaoheException(CampaignError.MISSING_SCORE, c.name());
                }
                continue;
            }
            checkRange(c, v);
            result.put(c.id(), v);
        }
        return result;
    }

    private Map<String, BigDecimal> validateRating(Assessment a, RatingFormData form) {
        Map<String, BigDecimal> given = form.scores() == null ? Map.of() : form.scores();
        RatingForm rf = form(a);
        for (String id : given.keySet()) {
            if (rf.categories().stream().noneMatch(c -> c.id().equals(id))) {
                throw new KaoheException(CampaignError.UNKNOWN_CATEGORY, id);
            }
        }
        Map<String, BigDecimal> result = new LinkedHashMap<>();
        for (RatingForm.Category c : rf.categories()) {
            BigDecimal v = given.get(c.id());
            if (v == null) {
                throw new KaoheException(CampaignError.MISSING_SCORE, c.name());
            }
            checkRange(c, v);
            result.put(c.id(), v);
        }
        return result;
    }

    private static void checkRange(RatingForm.Category c, BigDecimal v) {
        if (v.compareTo(c.min()) < 0 || v.compareTo(c.max()) > 0) {
            throw new KaoheException(
                    CampaignError.SCORE_OUT_OF_RANGE,
                    c.name(),
                    v.toPlainString(),
                    c.min().toPlainString(),
                    c.max().toPlainString());
        }
    }

    private static String checkSummary(String summary, boolean required) {
        String s = summary == null ? "" : summary.strip();
        if (required && s.isEmpty()) {
            throw new KaoheException(CampaignError.SUMMARY_REQUIRED);
        }
        if (s.codePointCount(0, s.length()) > MAX_SUMMARY) {
            throw new KaoheException(CampaignError.SUMMARY_TOO_LONG, MAX_SUMMARY);
        }
        return s;
    }

    private static Map<String, Object> selfState(Assessment a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", a.getStatus().name());
        m.put("summary", a.getSelfSummary());
        m.put("scores", a.getSelfScores());
        return m;
    }

    private static Map<String, Object> ratingState(Assessment a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", a.getStatus().name());
        m.put("scores", a.getRatingScores());
        m.put("comment", a.getRatingComment());
        return m;
    }
}
