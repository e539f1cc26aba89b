package com.headpin.security;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/** An administrator's edit of an existing user, made on the version the form was loaded with. */
public record UserChanges(long id, long version, @Nullable String fullName, @Nullable String email,
                          Set<Role> roles, boolean enabled, @Nullable String preferredLanguage,
                          @Nullable String city) {

    /** Changes that leave no city (older callers): the user then has none. */
    public UserChanges(long id, long version, @Nullable String fullName, @Nullable String email, Set<Role> roles,
                       boolean enabled, @Nullable String preferredLanguage) {
        this(id, version, fullName, email, roles, enabled, preferredLanguage, null);
    }
}
