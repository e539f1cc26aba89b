package com.headpin.security;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import com.headpin.shared.BaseEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;

/** A user account. Audited (table app_users_aud): the profile and roles have a history; the password hash never. */
@Entity
@Table(name = "app_users")
@Audited
public class AppUser extends BaseEntity {

    // Public for the forms' setMaxLength; the columns, the input rules and the fields use the same number.
    public static final int USERNAME_MAX_LENGTH = 50;
    public static final int FULL_NAME_MAX_LENGTH = 100;
    public static final int EMAIL_MAX_LENGTH = 200;
    public static final int CITY_MAX_LENGTH = 60;


    @Column(nullable = false, length = USERNAME_MAX_LENGTH)
    private String username;

    @Column(name = "full_name", nullable = false, length = FULL_NAME_MAX_LENGTH)
    private String fullName;

    @Column(length = EMAIL_MAX_LENGTH)
    private @Nullable String email;

    // Never copied into the history: a hash there would outlive every password change.
    @NotAudited
    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "preferred_language", length = 10)
    private @Nullable String preferredLanguage;

    // Where the user works from: customers elsewhere cost travel days (planning).
    @Column(length = CITY_MAX_LENGTH)
    private @Nullable String city;

    @Column(name = "dark_theme", nullable = false)
    private boolean darkTheme;

    // A password someone else knows (the first administrator's from the environment): chosen anew at first log-in.
    @NotAudited
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @NotAudited
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    // Raised when the user's open sessions must end (disabled, roles, password); compared on every request.
    @NotAudited
    @Column(name = "credentials_version", nullable = false)
    private long credentialsVersion;

    // Roles are always needed with the user (authorities, views): fetched eagerly, a handful of rows. A list of
    // users fetches them for up to 100 users per statement, not one statement per user (500 reps: 5, not 500).
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "app_user_roles", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role_name", length = 20)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected AppUser() {
        this.username = "";
        this.fullName = "";
        this.passwordHash = "";
        this.createdAt = Instant.EPOCH;
    }

    AppUser(String username, String fullName, String passwordHash, Instant createdAt) {
        this.username = username;
        this.fullName = fullName;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    UserSummary toSummary() {
        return new UserSummary(requireId(), getVersion(), username, fullName, email,
                roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles)), enabled, preferredLanguage, darkTheme,
                city);
    }

    String getUsername() {
        return username;
    }

    String getFullName() {
        return fullName;
    }

    void setFullName(String fullName) {
        this.fullName = fullName;
    }

    void setEmail(@Nullable String email) {
        this.email = email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    void setPreferredLanguage(@Nullable String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    void setCity(@Nullable String city) {
        this.city = city;
    }

    void setDarkTheme(boolean darkTheme) {
        this.darkTheme = darkTheme;
    }

    boolean isMustChangePassword() {
        return mustChangePassword;
    }

    void setMustChangePassword(boolean mustChangePassword) {
        this.mustChangePassword = mustChangePassword;
    }

    long getCredentialsVersion() {
        return credentialsVersion;
    }

    /** Every log-in made before now ends at its next request (see {@link SessionEnding}). */
    void endSessions() {
        credentialsVersion++;
    }

    Set<Role> getRoles() {
        return roles;
    }

    void setRoles(Set<Role> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }
}
