package com.headpin.security;

import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** What other modules and views know of a user: never the password hash. */
public record UserSummary(long id, long version, String username, String fullName, @Nullable String email,
                          Set<Role> roles, boolean enabled, @Nullable String preferredLanguage, boolean darkTheme,
                          @Nullable String city) {

    /** A summary without a city (tests and older callers). */
    public UserSummary(long id, long version, String username, String fullName, @Nullable String email,
                       Set<Role> roles, boolean enabled, @Nullable String preferredLanguage, boolean darkTheme) {
        this(id, version, username, fullName, email, roles, enabled, preferredLanguage, darkTheme, null);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Up to two letters for an avatar: Chinese names take the given name's characters, others the initials. */
    public String initials() {
        return Initials.of(fullName);
    }

    public @Nullable Locale preferredLocale() {
        return preferredLanguage == null ? null : Locale.forLanguageTag(preferredLanguage);
    }
}
