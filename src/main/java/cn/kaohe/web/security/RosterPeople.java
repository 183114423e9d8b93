package cn.kaohe.web.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The people of the roster as sign-in, roles and names need them. The organisation module, which owns the roster
 * tables, answers ({@code org.SecurityRosterAdapter}), so that {@code web.security} reads no other module's tables
 * (issue 17) and {@code org}, which asks the access policy, is not asked back (no cycle; as {@link RecordOwners}).
 */
public interface RosterPeople {

    /**
     * An active cadre behind a login: whether they hold a leadership role, whether they supervise any unit, and their
     * committee roles (DIRECTOR, DEPUTY_DIRECTOR, MEMBER, OFFICE_DIRECTOR).
     */
    record Person(
            long cadreId,
            String name,
            boolean leadershipMember,
            boolean supervisesUnits,
            List<String> committeeRoles) {}

    /** The active cadre with the login, if any. */
    Optional<Person> activeByLogin(String login);

    /** The names of the cadres with these logins (one query; the caller passes at most 500). */
    Map<String, String> namesByLogin(Collection<String> logins);

    /** The names of the cadres with these ids (one query; the caller passes at most 500). */
    Map<Long, String> namesById(Collection<Long> cadreIds);

    /**
     * The township (镇) of a cadre: the top unit above the cadre's unit. Without a cadre (an administrator), the only
     * township of the roster, or empty when there are several.
     */
    Optional<String> township(Long cadreId);

    /** The logins of the active cadres that have one, by cadre id. */
    List<String> activeLogins();

    /** The logins of the active 绩考办主任 (committee role OFFICE_DIRECTOR). */
    List<String> activeOfficeDirectorLogins();

    /** The logins of the active 党委书记 (leadership role PARTY_SECRETARY). */
    List<String> activePartySecretaryLogins();
}
