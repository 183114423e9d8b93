package cn.kaohe.campaign;

import cn.kaohe.scheme.CadreSchemeVersions;
import cn.kaohe.shared.Cycle;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads of assessments with their campaign for other modules (published query API of {@code campaign}; issue 17: no
 * module but {@code campaign} names {@code assessment} or {@code campaign} in its SQL, {@code
 * architecture.TableOwnershipTest}). Each method is the one query its caller ran before; the answers are plain records.
 */
@Component
public class AssessmentLookups implements CadreSchemeVersions {

    private final JdbcTemplate jdbc;

    AssessmentLookups(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An assessment with what its campaign says of it (enum values as their names). */
    public record AssessmentContext(
            long assessmentId,
            Long cadreId,
            Long leaderId,
            String campaignName,
            String campaignStatus,
            String cycle,
            LocalDate periodStart) {}

    /** A cadre's grade in one campaign's period. */
    public record PeriodGrade(long cadreId, String periodLabel, LocalDate periodStart, String grade) {}

    /** A cadre's grade in a finalised annual campaign and that campaign's scheme version. */
    public record AnnualResult(String grade, long schemeVersionId) {}

    /** One result a leader may hold an interview on. */
    public record ResultLine(
            long assessmentId,
            String cadreName,
            String campaignName,
            String campaignStatus,
            BigDecimal total,
            String gradeLabel) {}

    /** The assessment and its campaign, if the assessment exists. */
    public Optional<AssessmentContext> context(long assessmentId) {
        return jdbc
                .query(
                        "select a.id, a.cadre_id, a.leader_id, c.name, c.status, c.cycle, c.period_start"
                                + " from assessment a join campaign c on c.id = a.campaign_id where a.id = ?",
                        (rs, i) -> new AssessmentContext(
                                rs.getLong(1),
                                rs.getObject(2, Long.class),
                                rs.getObject(3, Long.class),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getObject(7, LocalDate.class)),
                        assessmentId)
                .stream()
                .findFirst();
    }

    /** Every assessment's status, by assessment id (the process-consistency check). */
    public Map<Long, String> statuses() {
        Map<Long, String> statuses = new HashMap<>();
        jdbc.query("select id, status from assessment", rs -> {
            statuses.put(rs.getLong("id"), rs.getString("status"));
        });
        return statuses;
    }

    /** The label of the first finalised campaign that assessed the cadre over any of the days, if any. */
    public Optional<String> finalisedPeriodCovering(long cadreId, LocalDate from, LocalDate to) {
        return jdbc
                .queryForList(
                        "select c.period_label from campaign c join assessment a on a.campaign_id = c.id"
                                + " where a.cadre_id = ? and c.status = 'FINALISED' and c.period_start <= ?"
                                + " and c.period_end >= ? order by c.period_start",
                        String.class,
                        cadreId,
                        to,
                        from)
                .stream()
                .findFirst();
    }

    /** The cadre's result in the latest finalised annual campaign of the year (its grade may be null). */
    public Optional<AnnualResult> finalisedAnnualResult(long cadreId, int year) {
        return jdbc
                .query(
                        "select a.grade, c.scheme_version_id from assessment a join campaign c on c.id = a.campaign_id"
                                + " where a.cadre_id = ? and c.status = 'FINALISED' and c.cycle = 'ANNUAL'"
                                + " and c.period_start >= ? and c.period_start <= ? order by c.finalised_at desc",
                        (rs, i) -> new AnnualResult(rs.getString(1), rs.getLong(2)),
                        cadreId,
                        LocalDate.of(year, 1, 1),
                        LocalDate.of(year, 12, 31))
                .stream()
                .findFirst();
    }

    /** The scheme version of the latest campaign that assessed the cadre, if any. */
    @Override
    public Optional<Long> latestSchemeVersionOf(long cadreId) {
        return jdbc
                .queryForList(
                        "select c.scheme_version_id from assessment a join campaign c on c.id = a.campaign_id"
                                + " where a.cadre_id = ? order by c.period_start desc, c.id desc limit 1",
                        Long.class,
                        cadreId)
                .stream()
                .findFirst();
    }

    /**
     * Grades of the finalised campaigns of the same unit and cycle as the campaign in its year up to its period, and of
     * the campaign itself (the annual roll-up of a quarterly or monthly campaign's reports); empty for an annual one.
     */
    public List<PeriodGrade> gradesOfTheYear(Campaign campaign) {
        if (campaign.getCycle() == Cycle.ANNUAL) {
            return List.of();
        }
        List<PeriodGrade> results = new ArrayList<>();
        jdbc.query(
                "select a.cadre_id, c.period_label, c.period_start, a.grade from assessment a"
                        + " join campaign c on c.id = a.campaign_id"
                        + " where c.unit_id = ? and c.cycle = ? and (c.status = 'FINALISED' or c.id = ?)"
                        + " and c.period_start >= ? and c.period_start <= ? order by c.period_start, a.cadre_id",
                rs -> {
                    results.add(new PeriodGrade(
                            rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4)));
                },
                campaign.getUnitId(),
                campaign.getCycle().name(),
                campaign.getId(),
                campaign.getPeriodStart().withDayOfYear(1),
                campaign.getPeriodStart());
        return results;
    }

    /**
     * The results (public notice and later) a leader may hold an interview on — the assessments they rated, or every
     * result with {@code leaderCadreId} null — newest campaign first, then by the cadre's name, at most 300. One list
     * query joined with the roster for the name order and the cut (allowed in {@code TableOwnershipTest}).
     */
    public List<ResultLine> resultsWithResult(Long leaderCadreId) {
        String sql = "select a.id, p.name as cadre_name, c.name as campaign_name, c.status, a.total, a.grade_label"
                + " from assessment a join campaign c on c.id = a.campaign_id join cadre p on p.id = a.cadre_id"
                + " where c.status in ('PUBLIC_NOTICE', 'AWAITING_APPEALS', 'FINALISED')"
                + (leaderCadreId == null ? "" : " and a.leader_id = ?")
                + " order by c.period_start desc, c.id desc, p.name limit 300";
        Object[] args = leaderCadreId == null ? new Object[0] : new Object[] {leaderCadreId};
        return jdbc.query(
                sql,
                (rs, i) -> new ResultLine(
                        rs.getLong("id"),
                        rs.getString("cadre_name"),
                        rs.getString("campaign_name"),
                        rs.getString("status"),
                        rs.getBigDecimal("total"),
                        rs.getString("grade_label")),
                args);
    }
}
