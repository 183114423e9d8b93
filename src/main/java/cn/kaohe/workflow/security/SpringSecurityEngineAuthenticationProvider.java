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
 * candidate groups of the processes). No role makes anyone a member of {@code camunda-admin}, the engine's
 * all-powerful group (docs/adr/0008): the engine groups hold only the read permissions granted by
 * {@link EngineSecurityConfiguration}. Instantiated by Camunda's filters by class name, hence public with a
 * no-argument constructor.
 */
public class SpringSecurityEngineAuthenticationProvider extends ContainerBasedAuthenticationProvider {

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
                    g.setType(Groups.GROUP_TYPE_WORKFLOW);
                    identity.saveGroup(g);
                }
                identity.createMembership(userId, group);
            }
        }
        // stale memberships go, camunda-admin included (an earlier version mapped ADMIN and OFFICE to it)
        for (String stale : current) {
            identity.deleteMembership(userId, stale);
        }
    }

    /** The user's roles as engine groups, lowercase; never {@code camunda-admin}. */
    static List<String> groups(Authentication authentication) {
        List<String> groups = new ArrayList<>();
        for (GrantedAuthority a : authentication.getAuthorities()) {
            String name = a.getAuthority();
            if (name != null && name.startsWith("ROLE_")) {
                String group = name.substring("ROLE_".length()).toLowerCase(Locale.ROOT);
                if (!Groups.CAMUNDA_ADMIN.equals(group)) {
                    groups.add(group);
                }
            }
        }
        return groups;
    }
}
