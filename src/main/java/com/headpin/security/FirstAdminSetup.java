package com.headpin.security;

import org.jspecify.annotations.Nullable;

/** The set-up page's input: the one-time token from the log and the first administrator's account. */
public record FirstAdminSetup(@Nullable String token, @Nullable String username, @Nullable String fullName,
                              @Nullable String password, @Nullable String preferredLanguage) {
}
