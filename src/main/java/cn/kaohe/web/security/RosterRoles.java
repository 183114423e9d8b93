package cn.kaohe.web.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Derives a login's roles from the roster (the organisation tables stay the source): CADRE for an active
 * cadre, LEADER for a leadership member or a supervisor of units, COMMITTEE for any committee role
 * (主任, 副主任, 成员), COMMITTEE_HEAD for 主任, OFFICE for 绩考办主任. The roster is read through {@link RosterPeople}.
 */
@Component
class RosterRoles {

    /** The cadre behind a login and the roles the roster gives them. */
    record RosterPerson(long cadreId, String name, Set<Role> roles) {}

    private final RosterPeople people;

    RosterRoles(RosterPeople people) {
        this.people = people;
    }

    Optional<RosterPerson> of(String login) {
        Optional<RosterPeople.Person> found = people.activeByLogin(login);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        RosterPeople.Person person = found.get();
        Set<Role> roles = EnumSet.of(Role.CADRE);
        if (person.leadershipMember() || person.supervisesUnits()) {
            roles.add(Role.LEADER);
        }
        for (String committeeRole : person.committeeRoles()) {
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
        return Optional.of(new RosterPerson(person.cadreId(), person.name(), roles));
    }
}
