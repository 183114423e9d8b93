package cn.kaohe.interview;

import cn.kaohe.audit.AuditEvent;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.campaign.AssessmentLookups;
import cn.kaohe.notification.NotificationKind;
import cn.kaohe.notification.Notifications;
import cn.kaohe.org.RosterQueries;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.Problem;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Interviews on results (面谈, seed 001 篇三 面谈时间、面谈地点、参加人、面谈主题、面谈内容概要): the assessment's supervising
 * leader records one once the result exists (the campaign is in public notice or later); audited; the cadre is told.
 */
@Service
public class InterviewService {

    static final int MAX_SHORT = 200;
    static final int MAX_PARTICIPANTS = 500;
    static final int MAX_TEXT = 5000;

    /** The campaign states in which an assessment has its result (公示 and after). */
    private static final Set<String> WITH_RESULT = Set.of("PUBLIC_NOTICE", "AWAITING_APPEALS", "FINALISED");

    private final InterviewRepository interviews;
    private final AuditTrail audit;
    private final Notifications notifications;
    private final JdbcTemplate jdbc;
    private final AssessmentLookups assessments;
    private final RosterQueries roster;
    private final Clock clock;

    InterviewService(
            InterviewRepository interviews,
            AuditTrail audit,
            Notifications notifications,
            JdbcTemplate jdbc,
            AssessmentLookups assessments,
            RosterQueries roster,
            Clock clock) {
        this.interviews = interviews;
        this.audit = audit;
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.assessments = assessments;
        this.roster = roster;
        this.clock = clock;
    }

    /** What the leader records (面谈记录) and the improvement plan agreed (改进计划). */
    public record RecordInterview(
            OffsetDateTime heldAt,
            String place,
            String participants,
            String topic,
            String summary,
            String improvementPlan) {}

    /** An assessment with a result, as the interview pages list it. */
    public record ResultRow(
            long assessmentId,
            String cadreName,
            String campaignName,
            String campaignStatus,
            java.math.BigDecimal total,
            String gradeLabel,
            int interviews) {}

    /**
     * The results a leader may hold an interview on (the assessments they rated as supervising leader, with a result),
     * newest campaign first; with {@code leaderCadreId} null every result (for the readers), at most 300.
     */
    @Transactional(readOnly = true)
    public List<ResultRow> results(Long leaderCadreId) {
        List<AssessmentLookups.ResultLine> lines = assessments.resultsWithResult(leaderCadreId);
        Map<Long, Integer> counts = interviewCounts(
                lines.stream().map(AssessmentLookups.ResultLine::assessmentId).toList());
        return lines.stream()
                .map(l -> new ResultRow(
                        l.assessmentId(),
                        l.cadreName(),
                        l.campaignName(),
                        l.campaignStatus(),
                        l.total(),
                        l.gradeLabel(),
                        counts.getOrDefault(l.assessmentId(), 0)))
                .toList();
    }

    /** The number of interviews recorded on each of the assessments (at most 300: one query). */
    private Map<Long, Integer> interviewCounts(List<Long> assessmentIds) {
        Map<Long, Integer> counts = new java.util.HashMap<>();
        if (assessmentIds.isEmpty()) {
            return counts;
        }
        jdbc.query(
                "select assessment_id, count(*) from interview where assessment_id in ("
                        + String.join(",", java.util.Collections.nCopies(assessmentIds.size(), "?"))
                        + ") group by assessment_id",
                rs -> {
                    counts.put(rs.getLong(1), rs.getInt(2));
                },
                assessmentIds.toArray());
        return counts;
    }

    @Transactional(readOnly = true)
    public List<Interview> ofAssessment(long assessmentId) {
        return interviews.findByAssessmentIdOrderByHeldAtAsc(assessmentId);
    }

    /** The supervising leader ({@code leaderCadreId}) records an interview on the assessment's result. */
    @Transactional
    public Interview record(long assessmentId, RecordInterview r, String user, Long leaderCadreId) {
        AssessmentLookups.AssessmentContext a =
                assessments.context(assessmentId).orElseThrow(() -> KaoheException.notFound("个人考核", assessmentId));
        Long leader = a.leaderId();
        if (leaderCadreId == null || leader == null || leader.longValue() != leaderCadreId) {
            throw new KaoheException(InterviewError.NOT_THE_LEADER);
        }
        String status = a.campaignStatus();
        if (!WITH_RESULT.contains(status)) {
            throw new KaoheException(InterviewError.NO_RESULT_YET, a.campaignName());
        }
        check(r == null ? new RecordInterview(null, null, null, null, null, null) : r);
        Interview saved = interviews.saveAndFlush(new Interview(assessmentId, r, user, OffsetDateTime.now(clock)));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("assessmentId", assessmentId);
        after.put("heldAt", saved.getHeldAt().toString());
        after.put("place", saved.getPlace());
        after.put("participants", saved.getParticipants());
        after.put("topic", saved.getTopic());
        after.put("summary", saved.getSummary());
        after.put("improvementPlan", saved.getImprovementPlan());
        audit.record(user, AuditEvent.created("INTERVIEW_RECORDED", "Interview", saved.getId(), after, null));
        String cadreLogin =
                a.cadreId() == null ? null : roster.loginName(a.cadreId()).orElse(null);
        if (cadreLogin != null) {
            notifications.send(new Notifications.Message(
                    NotificationKind.RESULT,
                    cadreLogin,
                    "考核结果面谈记录",
                    "分管领导已记录" + a.campaignName() + "的面谈（" + saved.getPlace() + "），请查看改进计划。",
                    null,
                    assessmentId,
                    null));
        }
        return saved;
    }

    private void check(RecordInterview r) {
        List<Problem> problems = new ArrayList<>();
        if (r.heldAt() == null) {
            problems.add(Problem.ofField("heldAt", "请填写面谈时间"));
        } else if (r.heldAt().isAfter(OffsetDateTime.now(clock))) {
            problems.add(Problem.ofField("heldAt", "面谈时间不能晚于现在"));
        }
        required(problems, "place", r.place(), "面谈地点", MAX_SHORT);
        required(problems, "participants", r.participants(), "参加人", MAX_PARTICIPANTS);
        if (r.topic() != null && r.topic().length() > MAX_SHORT) {
            problems.add(Problem.ofField("topic", "面谈主题不超过 " + MAX_SHORT + " 字"));
        }
        required(problems, "summary", r.summary(), "面谈内容概要", MAX_TEXT);
        required(problems, "improvementPlan", r.improvementPlan(), "改进计划", MAX_TEXT);
        if (!problems.isEmpty()) {
            throw new KaoheException(
                    InterviewError.INVALID, problems, problems.get(0).message());
        }
    }

    private static void required(List<Problem> problems, String field, String value, String label, int max) {
        if (value == null || value.isBlank()) {
            problems.add(Problem.ofField(field, "请填写" + label));
        } else if (value.strip().length() > max) {
            problems.add(Problem.ofField(field, label + "不超过 " + max + " 字"));
        }
    }
}
