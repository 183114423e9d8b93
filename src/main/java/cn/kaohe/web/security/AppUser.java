package cn.kaohe.web.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** A login (登录账号): password hash, lock-out state and the roles granted explicitly. */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    @Column(name = "login_name")
    private String loginName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "cadre_id")
    private Long cadreId;

    @Column(name = "display_name")
    private String displayName;

    private boolean enabled = true;

    @Column(name = "failed_attempts")
    private int failedAttempts;

    @Column(name = "locked_until")
    private OffsetDateTime lockedUntil;

    @Column(name = "password_changed_at", nullable = false)
    private OffsetDateTime passwordChangedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_grant", joinColumns = @JoinColumn(name = "login_name"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> grants = new HashSet<>();

    protected AppUser() {}

    AppUser(String loginName, String passwordHash, Long cadreId, String displayName, OffsetDateTime now) {
        this.loginName = loginName;
        this.passwordHash = passwordHash;
        this.cadreId = cadreId;
        this.displayName = displayName;
        this.passwordChangedAt = now;
        this.createdAt = now;
    }

    boolean isLockedAt(OffsetDateTime now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    void succeeded() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    void unlock() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    void changePassword(String hash, OffsetDateTime now) {
        this.passwordHash = hash;
        this.passwordChangedAt = now;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    void linkCadre(Long cadreId, String displayName) {
        this.cadreId = cadreId;
        this.displayName = displayName;
    }

    boolean grant(Role role) {
        return grants.add(role);
    }

    boolean revoke(Role role) {
        return grants.remove(role);
    }

    public String getLoginName() {
        return loginName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public Long getCadreId() {
        return cadreId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public OffsetDateTime getLockedUntil() {
        return lockedUntil;
    }

    public OffsetDateTime getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public Set<Role> getGrants() {
        return grants.isEmpty() ? Set.of() : EnumSet.copyOf(grants);
    }
}
