package com.headpin.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import com.headpin.shared.Actor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in user as Spring Security holds it: id and display name travel with the session. */
public final class HeadpinUserPrincipal implements UserDetails, Actor {

    private final long userId;
    private final String username;
    private final String fullName;
    private final String passwordHash;
    private final boolean enabled;
    private final boolean locked;
    private final Set<Role> roles;
    private final long credentialsVersion;

    HeadpinUserPrincipal(long userId, String username, String fullName, String passwordHash, boolean enabled,
                         boolean locked, Set<Role> roles) {
        this(userId, username, fullName, passwordHash, enabled, locked, roles, 0);
    }

    HeadpinUserPrincipal(long userId, String username, String fullName, String passwordHash, boolean enabled,
                         boolean locked, Set<Role> roles, long credentialsVersion) {
        this.userId = userId;
        this.username = username;
        this.fullName = fullName;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = locked;
        this.roles = Set.copyOf(roles);
        this.credentialsVersion = credentialsVersion;
    }

    /** The user as stored now; {@code locked} when log-in is throttled. */
    static HeadpinUserPrincipal of(AppUser user, boolean locked) {
        return new HeadpinUserPrincipal(user.requireId(), user.getUsername(), user.getFullName(),
                user.getPasswordHash(), user.isEnabled(), locked, user.getRoles(), user.getCredentialsVersion());
    }

    @Override
    public long userId() {
        return userId;
    }

    @Override
    public String fullName() {
        return fullName;
    }

    public Set<Role> roles() {
        return roles;
    }

    /** The user's credentials version when this log-in was made: an older one than stored means it has ended. */
    long credentialsVersion() {
        return credentialsVersion;
    }

    @Override
    public String initials() {
        return Initials.of(fullName);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<SimpleGrantedAuthority> authorities = roles.stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
