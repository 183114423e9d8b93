package cn.kaohe.workflow.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Hands the user Spring Security authenticated to the engine (the webapps and {@code /engine-rest}): no
 * second login. Groups are the user's roles in lowercase ({@code office}, {@code committee} …, the
 * candidate groups of the processes); ADMIN and OFFICE are also members of {@code camunda-admin}, the
 * engine's administrator group. Instantiated by Camunda's filters by class name, hence public with a
 * no-argument constructor.
 */
public class SpringSecurityEngineAuthenticationProvider extends ContainerBasedAuthenticationProvider {

    /** Roles (Spring authorities without {@code ROLE_}) that make a user an engine administrator. */
    static final List<String> ENGINE_ADMIN_ROLES = List.of("ADMIN", "OFFICE");

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return AuthenticationResult.unsuccessful();
        }
        List<String> groups = groups(authentication);
        mirror(engine, authentication.getName(), groups);
        AuthenticationResult result = new AuthenticationResult(authentication.getName(), true);
        result.setGroups(groups);
        return result;
    }

    /**
     * The webapps look users and groups up in the engine's identity service (and re-read them when their
     * cache expires), so the user and their current groups are mirrored there. The engine password is random
     * and never used: the login is ours.
     */
    static synchronized void mirror(ProcessEngine engine, String userId, List<String> groups) {
        IdentityService identity = engine.getIdentityService();
        if (identity.createUserQuery().userId(userId).count() == 0) {
            User user = identity.newUser(userId);
            user.setFirstName(userId);
            user.setLastName("");
            user.setPassword(UUID.randomUUID() + "-" + UUID.randomUUID());
            identity.saveUser(user);
        }
        Set<String> current = new HashSet<>();
        for (Group g : identity.createGroupQuery().groupMember(userId).list()) {
            current.add(g.getId());
        }
        for (String group : groups) {
            if (!current.remove(group)) {
                if (identity.createGroupQuery().groupId(group).count() == 0) {
                    Group g = identity.newGroup(group);
                    g.setName(group);
                    g.setType(
                            Groups.CAMUNDA_ADMIN.equals(group) ? Groups.GROUP_TYPE_SYSTEM : Groups.GROUP_TYPE_WORKFLOW);
                    identity.saveGroup(g);
                }
                identity.createMembership(userId, group);
            }
        }
        for (String stale : current) {
            identity.deleteMembership(userId, stale);
        }
    }

    static List<String> groups(Authentication authentication) {
        List<String> groups = new ArrayList<>();
        boolean admin = false;
        for (GrantedAuthority a : authentication.getAuthorities()) {
            String name = a.getAuthority();
            if (name != null && name.startsWith("ROLE_")) {
                String role = name.substring("ROLE_".length());
                groups.add(role.toLowerCase(Locale.ROOT));
                admin |= ENGINE_ADMIN_ROLES.contains(role);
            }
        }
        if (admin) {
            groups.add(Groups.CAMUNDA_ADMIN);
        }
        return groups;
    }
}
