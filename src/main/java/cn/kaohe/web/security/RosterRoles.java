package cn.kaohe.web.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Derives a login's roles from the roster (the organisation tables stay the source): CADRE for an active
 * cadre, LEADER for a leadership member or a supervisor of units, COMMITTEE for any committee role
 * (主任, 副主任, 成员), COMMITTEE_HEAD for 主任, OFFICE for 绩考办主任.
 */
@Component
class RosterRoles {

    /** The cadre behind a login and the roles the roster gives them. */
    record RosterPerson(long cadreId, String name, Set<Role> roles) {}

    private final JdbcTemplate jdbc;

    RosterRoles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<RosterPerson> of(String login) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select id, name, leadership_role from cadre where login_name = ? and active = true", login);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> row = rows.get(0);
        long id = ((Number) row.get("id")).longValue();
        Set<Role> roles = EnumSet.of(Role.CADRE);
        Integer supervised =
                jdbc.queryForObject("select count(*) from supervision where leader_id = ?", Integer.class, id);
        if (row.get("leadership_role") != null || (supervised != null && supervised > 0)) {
            roles.add(Role.LEADER);
        }
        for (String committeeRole :
                jdbc.queryForList("select role from committee_membership where cadre_id = ?", String.class, id)) {
            switch (committeeRole) {
                case "DIRECTOR" -> {
                    roles.add(Role.COMMITTEE);
                    roles.add(Role.COMMITTEE_HEAD);
                }
                case "DEPUTY_DIRECTOR", "MEMBER" -> roles.add(Role.COMMITTEE);
                case "OFFICE_DIRECTOR" -> roles.add(Role.OFFICE);
                default -> {
                    // a role this version does not know grants nothing
                }
            }
        }
        return Optional.of(new RosterPerson(id, (String) row.get("name"), roles));
    }
}
