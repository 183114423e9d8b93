package cn.kaohe.org;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The roster as a campaign reads it (published query API of {@code org}; issue 17: other modules read the organisation
 * tables only through here, {@code architecture.TableOwnershipTest}). Set-based queries: a county campaign can hold
 * 10,000 cadres. Who rates a cadre: the leadership member supervising the cadre's unit or the nearest unit above it; for
 * people nobody supervises (班子成员 themselves), the one who heads the assessment work (全面负责绩考工作), and for that
 * person the committee head. Nobody rates themselves.
 */
@Component
public class RosterQueries {

    /** One unit to assess (not a village, community or township): its head and the leader supervising it. */
    public record AssessedUnit(
            long unitId, String name, long headId, String headLoginName, Long leaderId, String leaderLoginName) {}

    /** One active cadre with the supervising leader who rates them (null when none is set). */
    public record CadreWithRater(long cadreId, String name, String loginName, Long leaderId, String leaderLoginName) {}

    private static final String SUBTREE =
            """
            with recursive sub(id) as (
                select id from org_unit where id = ?
                union all
                select u.id from org_unit u join sub on u.parent_id = sub.id)
            """;

    private final JdbcTemplate jdbc;

    RosterQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The unit's name, or empty if there is no such unit. */
    public Optional<String> unitName(long unitId) {
        return jdbc.queryForList("select name from org_unit where id = ?", String.class, unitId).stream()
                .findFirst();
    }

    /** Active cadres of the unit and its sub-units. */
    public int countCadres(long unitId) {
        Integer n = jdbc.queryForObject(
                SUBTREE + "select count(*) from cadre where active and unit_id in (select id from sub)",
                Integer.class,
                unitId);
        return n == null ? 0 : n;
    }

    private static final String ASSESSED_UNITS = SUBTREE
            + ", assessed(id) as (select u.id from org_unit u where u.id in (select id from sub) and u.id <> ?"
            + " and u.kind not in ('VILLAGE', 'COMMUNITY', 'TOWNSHIP'))";

    private static final String HEAD = "(select min(h.id) from cadre h where h.unit_id = u.id and h.active"
            + " and h.post_rank = 'PRINCIPAL' and h.leadership_role is null)";

    /** Units assessed under a unit scheme: the 办、站、所、中心、大队 below the unit (not villages or communities). */
    public int countUnits(long unitId) {
        Integer n =
                jdbc.queryForObject(ASSESSED_UNITS + " select count(*) from assessed", Integer.class, unitId, unitId);
        return n == null ? 0 : n;
    }

    /** Names of assessed units without an active head (主要负责人) with a login. */
    public List<String> unitsWithoutHead(long unitId, int limit) {
        return jdbc.queryForList(
                ASSESSED_UNITS + " select u.name from org_unit u where u.id in (select id from assessed)"
                        + " and not exists (select 1 from cadre h where h.unit_id = u.id and h.active"
                        + " and h.post_rank = 'PRINCIPAL' and h.leadership_role is null and h.login_name is not null)"
                        + " order by u.id limit ?",
                String.class,
                unitId,
                unitId,
                limit);
    }

    /** The next assessed units with an id above {@code afterUnitId}, by id, with their heads and raters. */
    public List<AssessedUnit> units(long unitId, long afterUnitId, long upToUnitId) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                ASSESSED_UNITS + " select u.id, u.name, " + HEAD + " as head_id from org_unit u"
                        + " where u.id in (select id from assessed) and u.id > ? and u.id <= ? order by u.id",
                unitId,
                unitId,
                afterUnitId,
                upToUnitId);
        List<AssessedUnit> result = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            long unit = ((Number) row.get("id")).longValue();
            long head = ((Number) row.get("head_id")).longValue();
            Long leader = jdbc
                    .queryForList(
                            "select s.leader_id from supervision s join cadre c on c.id = s.leader_id"
                                    + " where s.unit_id = ? and c.active and s.leader_id <> ? order by s.leader_id",
                            Long.class,
                            unit,
                            head)
                    .stream()
                    .findFirst()
                    .orElse(null);
            result.add(new AssessedUnit(
                    unit,
                    (String) row.get("name"),
                    head,
                    loginName(head).orElse(null),
                    leader,
                    leader == null ? null : loginName(leader).orElse(null)));
        }
        return result;
    }

    /** A unit's name (for messages), or the id if unknown. */
    public String unitLabel(long unitId) {
        return unitName(unitId).orElse(String.valueOf(unitId));
    }

    /** Names of active cadres in scope without a login name (they could not receive their tasks). */
    public List<String> cadresWithoutLogin(long unitId, int limit) {
        return jdbc.queryForList(
                SUBTREE + "select name from cadre where active and login_name is null"
                        + " and unit_id in (select id from sub) order by id limit ?",
                String.class,
                unitId,
                limit);
    }

    /** The ids of the subjects a campaign of the unit opens (cadres, or assessed units), in id order. */
    public List<Long> subjectIds(long unitId, boolean units) {
        return units
                ? jdbc.queryForList(ASSESSED_UNITS + " select id from assessed order by id", Long.class, unitId, unitId)
                : jdbc.queryForList(
                        SUBTREE + "select id from cadre where active and unit_id in (select id from sub) order by id",
                        Long.class,
                        unitId);
    }

    /** The next active cadres of the unit (and sub-units) with an id above {@code afterCadreId}, by id. */
    public List<CadreWithRater> cadres(long unitId, long afterCadreId, long upToCadreId) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                SUBTREE
                        + "select id, name, login_name, unit_id from cadre where active and unit_id in (select id from sub)"
                        + " and id > ? and id <= ? order by id",
                unitId,
                afterCadreId,
                upToCadreId);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> parents = new HashMap<>();
        jdbc.query("select id, parent_id from org_unit", rs -> {
            long id = rs.getLong(1);
            long parent = rs.getLong(2);
            parents.put(id, rs.wasNull() ? null : parent);
        });
        Map<Long, List<Long>> supervisors = new HashMap<>();
        jdbc.query(
                "select s.unit_id, s.leader_id from supervision s join cadre c on c.id = s.leader_id where c.active"
                        + " order by s.leader_id",
                rs -> {
                    supervisors
                            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getLong(2));
                });
        Long lead = first("select id from cadre where assessment_lead and active order by id");
        Long head = first("select c.id from cadre c join committee_membership m on m.cadre_id = c.id"
                + " where m.role = 'DIRECTOR' and c.active order by c.id");
        List<CadreWithRater> result = new ArrayList<>();
        Map<Long, String> logins = new HashMap<>();
        for (Map<String, Object> row : rows) {
            long cadreId = ((Number) row.get("id")).longValue();
            Long leader = null;
            Long unit = ((Number) row.get("unit_id")).longValue();
            while (unit != null && leader == null) {
                for (Long candidate : supervisors.getOrDefault(unit, List.of())) {
                    if (candidate != cadreId) {
                        leader = candidate;
                        break;
                    }
                }
                unit = parents.get(unit);
            }
            if (leader == null && lead != null && lead != cadreId) {
                leader = lead;
            }
            if (leader == null && head != null && head != cadreId) {
                leader = head;
            }
            String leaderLogin = leader == null
                    ? null
                    : logins.computeIfAbsent(leader, id -> loginName(id).orElse(null));
            result.add(new CadreWithRater(
                    cadreId, (String) row.get("name"), (String) row.get("login_name"), leader, leaderLogin));
        }
        return result;
    }

    /** Names of many cadres at once (one query per 500), for lists and sheets. */
    public Map<Long, String> cadreNames(java.util.Collection<Long> cadreIds) {
        return names("cadre", cadreIds);
    }

    /** Names of many units at once. */
    public Map<Long, String> unitNames(java.util.Collection<Long> unitIds) {
        return names("org_unit", unitIds);
    }

    /** The logins of the cadres that have one (one query per 500). */
    public Map<Long, String> loginNames(java.util.Collection<Long> cadreIds) {
        Map<Long, String> logins = new HashMap<>();
        List<Long> all = cadreIds.stream().filter(Objects::nonNull).distinct().toList();
        for (int i = 0; i < all.size(); i += 500) {
            List<Long> chunk = all.subList(i, Math.min(all.size(), i + 500));
            String in = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            jdbc.query(
                    "select id, login_name from cadre where login_name is not null and id in (" + in + ")",
                    rs -> {
                        logins.put(rs.getLong(1), rs.getString(2));
                    },
                    chunk.toArray());
        }
        return logins;
    }

    private Map<Long, String> names(String table, java.util.Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        List<Long> all = ids.stream().filter(Objects::nonNull).distinct().toList();
        for (int i = 0; i < all.size(); i += 500) {
            List<Long> chunk = all.subList(i, Math.min(all.size(), i + 500));
            String in = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            jdbc.query(
                    "select id, name from " + table + " where id in (" + in + ")",
                    rs -> {
                        names.put(rs.getLong(1), rs.getString(2));
                    },
                    chunk.toArray());
        }
        return names;
    }

    /** A cadre's name (for messages); the id if the cadre is unknown. */
    public String cadreName(long cadreId) {
        return jdbc.queryForList("select name from cadre where id = ?", String.class, cadreId).stream()
                .findFirst()
                .orElse(String.valueOf(cadreId));
    }

    /** Who heads the assessment work (全面负责绩考工作, seed 000 一): escalations of appeals go there. */
    public Optional<String> assessmentLeadLogin() {
        return jdbc
                .queryForList(
                        "select login_name from cadre where assessment_lead and active and login_name is not null"
                                + " order by id",
                        String.class)
                .stream()
                .findFirst();
    }

    /** The committee head (考核领导小组主任): escalations of overdue decisions go there. */
    public Optional<String> committeeHeadLogin() {
        return jdbc
                .queryForList(
                        "select c.login_name from cadre c join committee_membership m on m.cadre_id = c.id"
                                + " where m.role = 'DIRECTOR' and c.active and c.login_name is not null order by c.id",
                        String.class)
                .stream()
                .findFirst();
    }

    /** The cadre a login name belongs to. */
    public Optional<Long> cadreIdOfLogin(String login) {
        return jdbc.queryForList("select id from cadre where login_name = ?", Long.class, login).stream()
                .findFirst();
    }

    /** Login name of a cadre, if the cadre has one. */
    public Optional<String> loginName(long cadreId) {
        return jdbc.queryForList("select login_name from cadre where id = ?", String.class, cadreId).stream()
                .filter(Objects::nonNull)
                .findFirst();
    }

    private Long first(String sql) {
        return jdbc.queryForList(sql, Long.class).stream().findFirst().orElse(null);
    }
}
