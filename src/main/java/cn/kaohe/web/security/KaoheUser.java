package cn.kaohe.web.security;

import java.io.Serial;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The authenticated user: login, the person's name, their cadre (if any) and their roles. */
public final class KaoheUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String login;
    private final String name;
    private final Long cadreId;
    private final Set<Role> roles;
    private final boolean enabled;
    private final boolean nonLocked;
    private String passwordHash;

    KaoheUser(
            String login,
            String name,
            Long cadreId,
            Set<Role> roles,
            String passwordHash,
            boolean enabled,
            boolean nonLocked) {
        this.login = login;
        this.name = name;
        this.cadreId = cadreId;
        this.roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.nonLocked = nonLocked;
    }

    /** A user for tests and tools that need no password. */
    public static KaoheUser of(String login, String name, Long cadreId, Set<Role> roles) {
        return new KaoheUser(login, name, cadreId, roles, null, true, true);
    }

    public String login() {
        return login;
    }

    public String name() {
        return name;
    }

    public Long cadreId() {
        return cadreId;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... any) {
        for (Role r : any) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }

    /** The engine groups: lowercase role names. */
    public Set<String> groups() {
        return roles.stream().map(Role::group).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> list = roles.stream()
                .sorted()
                .map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority()))
                .toList();
        return list;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return login;
    }

    @Override
    public boolean isAccountNonLocked() {
        return nonLocked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KaoheUser u && u.login.equals(login);
    }

    @Override
    public int hashCode() {
        return login.hashCode();
    }

    @Override
    public String toString() {
        return "KaoheUser[" + login + " " + roles + "]";
    }
}
