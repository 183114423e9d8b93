package cn.kaohe.org;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Set-based reads of the organisation tables for other modules (published query API of {@code org}; issue 17: no module
 * but {@code org} names {@code cadre}, {@code org_unit}, {@code supervision}, {@code committee_membership} or
 * {@code secondment} in its SQL, {@code architecture.TableOwnershipTest}). Batch reads take any number of ids and read
 * them 500 at a time, one query per chunk, as the callers did before; the answers are plain records.
 */
@Component
public class OrgLookups {

    static final int CHUNK = 500;

    private final JdbcTemplate jdbc;

    OrgLookups(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A unit: its name, kind ({@link UnitKind} name) and parent (null at the top). */
    public record UnitRow(long id, String name, String kind, Long parentId) {}

    /** What the scoring engine needs of a cadre, with their unit's kind; enum values as their names. */
    public record SubjectCadre(
            long id,
            String name,
            long unitId,
            String leadershipRole,
            String postRank,
            String staffType,
            Long villageId,
            String unitKind) {}

    /** A cadre as a report prints them: name, unit, post (the post title, else the rank's label), village resident. */
    public record CadreLine(long id, String name, String unitName, String post, boolean villageResident) {}

    /** A secondment (借调) as stored: months inclusive, {@code toMonth} null while open-ended. */
    public record SecondmentRow(long cadreId, String hostOrganisation, YearMonth fromMonth, YearMonth toMonth) {}

    /** A cadre not resident in a village, with their unit and the village that unit liaises with (null: none). */
    public record UnitVillage(
            long cadreId, String cadreName, long unitId, String unitName, Long villageId, String villageName) {}

    /** A cadre's id and name. */
    public record NamedCadre(long id, String name) {}

    /** The groups of people the roster names (rater groups of rating sheets, 测评). */
    public enum PeopleGroup {
        /** 班子成员: active cadres with a leadership role. */
        LEADERSHIP,
        /** 部门负责人: the principals of units that are not villages, communities or the township. */
        DEPARTMENT_HEADS,
        /** 村（社区）书记: the principals of villages and communities. */
        VILLAGE_SECRETARIES,
        /** 考核领导小组: the committee's director, deputies and members. */
        COMMITTEE
    }

    private static final Map<PeopleGroup, String> GROUP_LOGINS = Map.of(
            PeopleGroup.LEADERSHIP,
            "select login_name from cadre where active and leadership_role is not null and login_name is not null",
            PeopleGroup.DEPARTMENT_HEADS,
            "select c.login_name from cadre c join org_unit u on u.id = c.unit_id where c.active"
                    + " and c.post_rank = 'PRINCIPAL' and c.leadership_role is null and c.login_name is not null"
                    + " and u.kind not in ('VILLAGE', 'COMMUNITY', 'TOWNSHIP')",
            PeopleGroup.VILLAGE_SECRETARIES,
            "select c.login_name from cadre c join org_unit u on u.id = c.unit_id where c.active"
                    + " and c.post_rank = 'PRINCIPAL' and c.login_name is not null and u.kind in ('VILLAGE', 'COMMUNITY')",
            PeopleGroup.COMMITTEE,
            "select distinct c.login_name from cadre c join committee_membership m on m.cadre_id = c.id where c.active"
                    + " and c.login_name is not null and m.role in ('DIRECTOR', 'DEPUTY_DIRECTOR', 'MEMBER')");

    /** The logins of a group's active members, in the database's order. */
    public List<String> loginsOf(PeopleGroup group) {
        return jdbc.queryForList(GROUP_LOGINS.get(group), String.class);
    }

    /** Whether the cadre exists (active or not). */
    public boolean cadreExists(long cadreId) {
        Integer n = jdbc.queryForObject("select count(*) from cadre where id = ?", Integer.class, cadreId);
        return n != null && n > 0;
    }

    /** Whether the unit exists. */
    public boolean unitExists(long unitId) {
        Integer n = jdbc.queryForObject("select count(*) from org_unit where id = ?", Integer.class, unitId);
        return n != null && n > 0;
    }

    /**
     * Locks the cadre's row until the caller's transaction ends ({@code select … for update}), so that work done per
     * cadre (a leave request checked for overlaps) runs one at a time; false when the cadre does not exist.
     */
    public boolean lockCadre(long cadreId) {
        return !jdbc.queryForList("select id from cadre where id = ? for update", Long.class, cadreId)
                .isEmpty();
    }

    /** Whether the cadre is a leadership member (has a leadership role); an unknown cadre is an error. */
    public boolean isLeadershipMember(long cadreId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select case when leadership_role is null then false else true end from cadre where id = ?",
                Boolean.class,
                cadreId));
    }

    /** The cadre's unit (null when the cadre has none); an unknown cadre is an error. */
    public Long unitOf(long cadreId) {
        return jdbc.queryForObject("select unit_id from cadre where id = ?", Long.class, cadreId);
    }

    /** The unit of an active cadre, if any. */
    public Optional<Long> activeUnitOf(long cadreId) {
        return jdbc.queryForList("select unit_id from cadre where id = ? and active", Long.class, cadreId).stream()
                .findFirst();
    }

    /** The name of the cadre behind a login, if a cadre has that login. */
    public Optional<String> cadreNameOfLogin(String login) {
        return jdbc.queryForList("select name from cadre where login_name = ?", String.class, login).stream()
                .findFirst();
    }

    /** A unit, if it exists. */
    public Optional<UnitRow> unit(long unitId) {
        return jdbc
                .query(
                        "select id, name, kind, parent_id from org_unit where id = ?",
                        (rs, i) -> new UnitRow(
                                rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, Long.class)),
                        unitId)
                .stream()
                .findFirst();
    }

    /** Every unit (the whole tree, in no particular order). */
    public List<UnitRow> allUnits() {
        return jdbc.query(
                "select id, name, kind, parent_id from org_unit",
                (rs, i) -> new UnitRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, Long.class)));
    }

    /** The ids of every unit. */
    public List<Long> allUnitIds() {
        return jdbc.queryForList("select id from org_unit", Long.class);
    }

    /**
     * For each parent of the given units, every unit under that parent (the given units and their siblings); units at
     * the top have no entry.
     */
    public Map<Long, List<Long>> siblings(Collection<Long> unitIds) {
        Map<Long, List<Long>> out = new LinkedHashMap<>();
        chunks(
                unitIds,
                chunk -> jdbc.query(
                        "select u.parent_id, u.id from org_unit u where u.parent_id in (select p.parent_id from org_unit p"
                                + " where p.id in (" + marks(chunk.size()) + ")) order by u.parent_id, u.id",
                        rs -> {
                            List<Long> under = out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>());
                            if (!under.contains(rs.getLong(2))) {
                                under.add(rs.getLong(2));
                            }
                        },
                        chunk.toArray()));
        return out;
    }

    /** The units each of the cadres supervises (分管), by cadre. */
    public Map<Long, List<Long>> supervisedUnits(Collection<Long> leaderIds) {
        Map<Long, List<Long>> supervised = new HashMap<>();
        chunks(
                leaderIds,
                chunk -> jdbc.query(
                        "select leader_id, unit_id from supervision where leader_id in (" + marks(chunk.size()) + ")",
                        rs -> {
                            supervised
                                    .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                    .add(rs.getLong(2));
                        },
                        chunk.toArray()));
        return supervised;
    }

    /** The active leaders who supervise the unit itself (not a unit above it). */
    public List<NamedCadre> activeSupervisorsOf(long unitId) {
        return jdbc.query(
                "select c.id, c.name from supervision s join cadre c on c.id = s.leader_id where s.unit_id = ?"
                        + " and c.active",
                (rs, i) -> new NamedCadre(rs.getLong(1), rs.getString(2)),
                unitId);
    }

    /** The cadres as the scoring engine reads them, by id within each chunk of 500. */
    public List<SubjectCadre> subjectCadres(Collection<Long> cadreIds) {
        List<SubjectCadre> out = new ArrayList<>();
        chunks(
                cadreIds,
                chunk -> jdbc.query(
                        "select c.id, c.name, c.unit_id, c.leadership_role, c.post_rank, c.staff_type, c.village_id,"
                                + " u.kind from cadre c join org_unit u on u.id = c.unit_id where c.id in ("
                                + marks(chunk.size()) + ") order by c.id",
                        rs -> {
                            out.add(new SubjectCadre(
                                    rs.getLong("id"),
                                    rs.getString("name"),
                                    rs.getLong("unit_id"),
                                    rs.getString("leadership_role"),
                                    rs.getString("post_rank"),
                                    rs.getString("staff_type"),
                                    rs.getObject("village_id", Long.class),
                                    rs.getString("kind")));
                        },
                        chunk.toArray()));
        return out;
    }

    private static final String POST_RANK_LABELS =
            "case c.post_rank when 'PRINCIPAL' then '主要负责人' when 'DEPUTY' then '副职' else '一般干部' end";

    /** The cadres as reports print them, by id. */
    public Map<Long, CadreLine> cadreLines(Collection<Long> cadreIds) {
        Map<Long, CadreLine> cadres = new HashMap<>();
        chunks(
                cadreIds.stream().distinct().sorted().toList(),
                chunk -> jdbc.query(
                        "select c.id, c.name, u.name as unit_name, coalesce(c.post_title, " + POST_RANK_LABELS
                                + ") as post, c.village_id from cadre c join org_unit u on u.id = c.unit_id"
                                + " where c.id in (" + marks(chunk.size()) + ")",
                        rs -> {
                            rs.getLong("village_id");
                            boolean resident = !rs.wasNull();
                            cadres.put(
                                    rs.getLong("id"),
                                    new CadreLine(
                                            rs.getLong("id"),
                                            rs.getString("name"),
                                            rs.getString("unit_name"),
                                            rs.getString("post"),
                                            resident));
                        },
                        chunk.toArray()));
        return cadres;
    }

    /** The secondments of the cadres (all of them, past and current). */
    public List<SecondmentRow> secondments(Collection<Long> cadreIds) {
        List<SecondmentRow> out = new ArrayList<>();
        chunks(
                cadreIds,
                chunk -> jdbc.query(
                        "select cadre_id, host_organisation, from_month, to_month from secondment where cadre_id in ("
                                + marks(chunk.size()) + ")",
                        rs -> {
                            out.add(new SecondmentRow(
                                    rs.getLong(1),
                                    rs.getString(2),
                                    YearMonth.from(rs.getDate(3).toLocalDate()),
                                    rs.getDate(4) == null
                                            ? null
                                            : YearMonth.from(rs.getDate(4).toLocalDate())));
                        },
                        chunk.toArray()));
        return out;
    }

    /**
     * Those of the cadres who are not resident in a village, with their unit and the village it liaises with (所在办联系的村),
     * by cadre id.
     */
    public Map<Long, UnitVillage> liaisonVillagesOfNonResidents(Collection<Long> cadreIds) {
        Map<Long, UnitVillage> out = new LinkedHashMap<>();
        chunks(
                cadreIds,
                chunk -> jdbc.query(
                        "select c.id, c.name, u.id, u.name, v.id, v.name from cadre c join org_unit u on u.id = c.unit_id"
                                + " left join org_unit v on v.id = u.liaison_village_id"
                                + " where c.village_id is null and c.id in (" + marks(chunk.size()) + ") order by c.id",
                        rs -> {
                            long village = rs.getLong(5);
                            boolean none = rs.wasNull();
                            out.put(
                                    rs.getLong(1),
                                    new UnitVillage(
                                            rs.getLong(1),
                                            rs.getString(2),
                                            rs.getLong(3),
                                            rs.getString(4),
                                            none ? null : village,
                                            rs.getString(6)));
                        },
                        chunk.toArray()));
        return out;
    }

    private static void chunks(Collection<Long> ids, Consumer<List<Long>> each) {
        List<Long> all = ids.stream().filter(Objects::nonNull).toList();
        for (int i = 0; i < all.size(); i += CHUNK) {
            each.accept(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
    }

    private static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }
}
