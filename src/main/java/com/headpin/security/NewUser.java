package com.headpin.security;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/** An administrator's input for a new user. */
public record NewUser(@Nullable String username, @Nullable String fullName, @Nullable String email,
                      Set<Role> roles, @Nullable String preferredLanguage, @Nullable String initialPassword,
                      @Nullable String city) {

    /** A new user without a city (the first administrator, older callers). */
    public NewUser(@Nullable String username, @Nullable String fullName, @Nullable String email, Set<Role> roles,
                   @Nullable String preferredLanguage, @Nullable String initialPassword) {
        this(username, fullName, email, roles, preferredLanguage, initialPassword, null);
    }
}
