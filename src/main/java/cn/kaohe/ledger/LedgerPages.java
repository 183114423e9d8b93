package cn.kaohe.ledger;

import cn.kaohe.scoring.Vocabulary;
import cn.kaohe.shared.PageSpec;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pages of the ledger (台账) read, searched and sorted by the database (issue 16, docs/adr/0019): the first page of a
 * 10,000-entry ledger reads 50 rows. Each row carries Chinese labels beside its codes (事项, 级别, 干部, 登记人).
 */
@Component
public class LedgerPages {

    /** The sort keys of the ledger list. */
    public static final Set<String> SORT_KEYS = Set.of("id", "occurredOn", "type", "cadre", "points", "recordedAt");

    private static final Map<String, String> ORDER = Map.of(
            "id", "e.id",
            "occurredOn", "e.occurred_on",
            "type", "e.fact_type",
            "cadre", "c.name",
            "points", "e.points",
            "recordedAt", "e.recorded_at");

    private final JdbcTemplate jdbc;
    private final LedgerService ledger;

    LedgerPages(JdbcTemplate jdbc, LedgerService ledger) {
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    /** One ledger entry in a list, with the Chinese names of its type, level, subject and recorder. */
    public record LedgerRow(
            long id,
            String factType,
            String typeLabel,
            String level,
            String levelLabel,
            LocalDate occurredOn,
            Long cadreId,
            String cadreName,
            Long unitId,
            String unitName,
            BigDecimal quantity,
            BigDecimal points,
            String reason,
            String evidence,
            String recordedBy,
            String recordedByName,
            OffsetDateTime recordedAt,
            Long reversesId,
            Long reversedById) {}

    /**
     * One page of the ledger, newest first by default. {@code q} matches part of the cadre's or unit's name, the
     * type's Chinese name or code, the reason or the evidence.
     */
    @Transactional(readOnly = true)
    public PageSpec.Page<LedgerRow> page(String q, PageSpec spec) {
        Map<String, LedgerService.FactType> types = ledger.factTypes();
        StringBuilder where = new StringBuilder();
        List<Object> args = new ArrayList<>();
        if (q != null && !q.isBlank()) {
            String needle = q.strip().toLowerCase(Locale.ROOT);
            String like = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            List<String> matchingTypes = types.values().stream()
                    .filter(t -> t.name().toLowerCase(Locale.ROOT).contains(needle)
                            || t.type().toLowerCase(Locale.ROOT).contains(needle))
                    .map(LedgerService.FactType::type)
                    .toList();
            where.append(" where (lower(c.name) like ? escape '\\' or lower(u.name) like ? escape '\\'"
                    + " or lower(e.reason) like ? escape '\\' or lower(e.evidence) like ? escape '\\'");
            for (int i = 0; i < 4; i++) {
                args.add(like);
            }
            if (!matchingTypes.isEmpty()) {
                where.append(" or e.fact_type in (")
                        .append(String.join(
                                ",", matchingTypes.stream().map(t -> "?").toList()))
                        .append(")");
                args.addAll(matchingTypes);
            }
            where.append(")");
        }
        String subjects = " from ledger_entry e left join cadre c on c.id = e.cadre_id"
                + " left join org_unit u on u.id = coalesce(e.unit_id, c.unit_id)";
        String dir = spec.ascending() ? "asc" : "desc";
        String order = ORDER.get(spec.sort()) + " " + dir + (spec.ascending() ? " nulls last" : " nulls first")
                + (spec.sort().equals("id") ? "" : ", e.id " + dir);
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(spec.size());
        pageArgs.add(spec.offset());
        // two steps: the page's ids first (the planner walks an index and stops after one page, and drops the joins
        // the search and sort do not need), then the labels of those rows only (docs/adr/0019: 65 ms → 0.2 ms)
        List<LedgerRow> rows = jdbc.query(
                "select e.id, e.fact_type, e.level, e.occurred_on, e.cadre_id, c.name, coalesce(e.unit_id, c.unit_id),"
                        + " u.name, e.quantity, e.points, e.reason, e.evidence, e.recorded_by, r.name, e.recorded_at,"
                        + " e.reverses_id, x.id from (select e.id" + subjects + where + " order by " + order
                        + " limit ? offset ?) p join ledger_entry e on e.id = p.id"
                        + " left join cadre c on c.id = e.cadre_id"
                        + " left join org_unit u on u.id = coalesce(e.unit_id, c.unit_id)"
                        + " left join cadre r on r.login_name = e.recorded_by"
                        + " left join ledger_entry x on x.reverses_id = e.id order by " + order,
                (rs, i) -> {
                    String type = rs.getString(2);
                    String level = rs.getString(3);
                    LedgerService.FactType t = types.get(type);
                    return new LedgerRow(
                            rs.getLong(1),
                            type,
                            t == null ? type : t.name(),
                            level,
                            level == null ? null : Vocabulary.level(level),
                            rs.getObject(4, LocalDate.class),
                            rs.getObject(5, Long.class),
                            rs.getString(6),
                            rs.getObject(7, Long.class),
                            rs.getString(8),
                            rs.getBigDecimal(9),
                            rs.getBigDecimal(10),
                            rs.getString(11),
                            rs.getString(12),
                            rs.getString(13),
                            rs.getString(14) == null ? rs.getString(13) : rs.getString(14),
                            rs.getObject(15, OffsetDateTime.class),
                            rs.getObject(16, Long.class),
                            rs.getObject(17, Long.class));
                },
                pageArgs.toArray());
        Long total = jdbc.queryForObject("select count(*)" + subjects + where, Long.class, args.toArray());
        return spec.page(rows, total == null ? 0 : total);
    }
}
