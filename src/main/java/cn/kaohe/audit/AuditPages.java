package cn.kaohe.audit;

import cn.kaohe.shared.PageSpec;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail as a list the office and the committee search, sort and page (issue 16, docs/adr/0020): labels in
 * Chinese for actions and entity types, the actor's roster name rather than the login.
 */
@Service
public class AuditPages {

    public static final Set<String> SORT_KEYS = Set.of("id", "occurredAt", "action", "entityType", "actor");

    private static final Map<String, String> ORDER = Map.of(
            "id", "a.id",
            "occurredAt", "a.occurred_at",
            "action", "a.action",
            "entityType", "a.entity_type",
            "actor", "a.actor");

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditPages(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One row of the list: the record without its before/after states (those are read per entity). */
    public record AuditRow(
            long id,
            OffsetDateTime occurredAt,
            String action,
            String actionLabel,
            String entityType,
            String entityTypeLabel,
            String entityId,
            String actor,
            String actorName,
            String reason) {}

    /** What the list is narrowed to; every part may be null. {@code to} includes its whole day. */
    public record Filter(String q, String entityType, String entityId, LocalDate from, LocalDate to) {}

    /**
     * One page of the trail, newest first by default. {@code q} matches part of the action's or entity type's Chinese
     * name or code, the entity id, the actor's name or login, or the reason.
     */
    @Transactional(readOnly = true)
    public PageSpec.Page<AuditRow> page(Filter filter, PageSpec spec) {
        List<String> where = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (filter.entityType() != null && !filter.entityType().isBlank()) {
            where.add("a.entity_type = ?");
            args.add(filter.entityType().strip());
        }
        if (filter.entityId() != null && !filter.entityId().isBlank()) {
            where.add("a.entity_id = ?");
            args.add(filter.entityId().strip());
        }
        if (filter.from() != null) {
            where.add("a.occurred_at >= ?");
            args.add(filter.from().atStartOfDay(clock.getZone()).toOffsetDateTime());
        }
        if (filter.to() != null) {
            where.add("a.occurred_at < ?");
            args.add(filter.to().plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            String needle = filter.q().strip().toLowerCase(Locale.ROOT);
            String like = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            StringBuilder any = new StringBuilder("(lower(a.action) like ? escape '\\' or lower(a.entity_type) like ?"
                    + " escape '\\' or lower(a.entity_id) like ? escape '\\' or lower(a.actor) like ? escape '\\'"
                    + " or lower(a.reason) like ? escape '\\' or lower(c.name) like ? escape '\\'"
                    + " or lower(u.display_name) like ? escape '\\'");
            for (int i = 0; i < 7; i++) {
                args.add(like);
            }
            matching(AuditLabels.ACTIONS, needle, "a.action", any, args);
            matching(AuditLabels.ENTITY_TYPES, needle, "a.entity_type", any, args);
            if (AuditLabels.SYSTEM.contains(needle)) {
                any.append(" or a.actor = 'system'");
            }
            where.add(any.append(")").toString());
        }
        String from = " from audit_record a left join cadre c on c.login_name = a.actor"
                + " left join app_user u on u.login_name = a.actor"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        long total = jdbc.queryForObject("select count(*)" + from, Long.class, args.toArray());
        String dir = spec.ascending() ? "asc" : "desc";
        String order = ORDER.get(spec.sort()) + " " + dir + (spec.sort().equals("id") ? "" : ", a.id " + dir);
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(spec.size());
        pageArgs.add(spec.offset());
        List<AuditRow> rows = jdbc.query(
                "select a.id, a.occurred_at, a.action, a.entity_type, a.entity_id, a.actor, coalesce(c.name,"
                        + " u.display_name), a.reason" + from + " order by " + order + " limit ? offset ?",
                (rs, i) -> {
                    String actor = rs.getString(6);
                    String name = rs.getString(7);
                    return new AuditRow(
                            rs.getLong(1),
                            rs.getObject(2, OffsetDateTime.class),
                            rs.getString(3),
                            AuditLabels.action(rs.getString(3)),
                            rs.getString(4),
                            AuditLabels.entityType(rs.getString(4)),
                            rs.getString(5),
                            actor,
                            name != null ? name : "system".equals(actor) ? AuditLabels.SYSTEM : actor,
                            rs.getString(8));
                },
                pageArgs.toArray());
        return spec.page(rows, total);
    }

    private static void matching(
            Map<String, String> labels, String needle, String column, StringBuilder any, List<Object> args) {
        List<String> codes = labels.entrySet().stream()
                .filter(e -> e.getValue().toLowerCase(Locale.ROOT).contains(needle))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        if (!codes.isEmpty()) {
            any.append(" or ")
                    .append(column)
                    .append(" in (")
                    .append(String.join(",", codes.stream().map(c -> "?").toList()))
                    .append(")");
            args.addAll(codes);
        }
    }
}
