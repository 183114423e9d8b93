package cn.kaohe.campaign;

import cn.kaohe.shared.PageSpec;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Pages of a campaign's result list (committee board, public notice) straight from the database, sorted and cut there:
 * the first page of a 10,000-cadre campaign reads 50 rows, not 10,000 entities (docs/adr/0013; indexes in V19).
 */
@Component
public class CampaignPages {

    /** The sort keys of a result list. */
    public static final Set<String> SORT_KEYS = Set.of("rank", "total", "name", "grade", "status");

    private static final Map<String, String> ORDER = Map.of(
            "rank", "a.rank_no",
            "total", "a.total",
            "name", "name",
            "grade", "a.grade",
            "status", "a.status");

    private final JdbcTemplate jdbc;

    CampaignPages(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One row of a result list (the subject is a cadre, or a unit when the scheme assesses units). */
    public record ResultRow(
            long assessmentId,
            long cadreId,
            String name,
            Integer rank,
            BigDecimal total,
            String grade,
            String gradeLabel,
            Boolean eligible,
            BigDecimal pay,
            AssessmentStatus status) {}

    public PageSpec.Page<ResultRow> results(long campaignId, PageSpec spec) {
        return results(campaignId, spec, null);
    }

    /** One page of the rows whose name contains {@code q} (all rows when blank); the count is of the matching rows. */
    public PageSpec.Page<ResultRow> results(long campaignId, PageSpec spec, String q) {
        String needle = q == null || q.isBlank() ? null : "%" + escapeLike(q.trim()) + "%";
        String filter = needle == null ? "" : " and coalesce(u.name, c.name) like ? escape '\\'";
        Object[] args = needle == null
                ? new Object[] {campaignId, spec.size(), spec.offset()}
                : new Object[] {campaignId, needle, spec.size(), spec.offset()};
        String column = ORDER.get(spec.sort());
        String dir = spec.ascending() ? "asc" : "desc";
        String order = column + " " + dir + (spec.ascending() ? " nulls last" : " nulls first") + ", a.id " + dir;
        List<ResultRow> rows = jdbc.query(
                "select a.id, a.cadre_id, coalesce(u.name, c.name) as name, a.rank_no, a.total, a.grade, a.grade_label,"
                        + " a.eligible, a.pay, a.status from assessment a join cadre c on c.id = a.cadre_id"
                        + " left join org_unit u on u.id = a.subject_unit_id where a.campaign_id = ?" + filter
                        + " order by " + order + " limit ? offset ?",
                (rs, i) -> new ResultRow(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        (Integer) rs.getObject(4),
                        rs.getBigDecimal(5),
                        rs.getString(6),
                        rs.getString(7),
                        (Boolean) rs.getObject(8),
                        rs.getBigDecimal(9),
                        AssessmentStatus.valueOf(rs.getString(10))),
                args);
        Long total = needle == null
                ? jdbc.queryForObject("select count(*) from assessment where campaign_id = ?", Long.class, campaignId)
                : jdbc.queryForObject(
                        "select count(*) from assessment a join cadre c on c.id = a.cadre_id left join org_unit u on"
                                + " u.id = a.subject_unit_id where a.campaign_id = ?" + filter,
                        Long.class,
                        campaignId,
                        needle);
        return spec.page(rows, total == null ? 0 : total);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
