package com.headpin.security;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code headpin.admin.*} ({@code HEADPIN_ADMIN_USERNAME}, {@code HEADPIN_ADMIN_PASSWORD},
 * {@code HEADPIN_ADMIN_FULL_NAME}): the first administrator, created at start while there are no users at all, who
 * must choose a new password at first log-in. Ignored once any user exists.
 */
@ConfigurationProperties("headpin.admin")
public record FirstAdminProperties(@Nullable String username, @Nullable String password, @Nullable String fullName) {

    boolean given() {
        return username != null && !username.isBlank() && password != null && !password.isEmpty();
    }

    String fullNameOrDefault() {
        return fullName == null || fullName.isBlank() ? "Administrator" : fullName;
    }

    /** Never the password, wherever the settings are printed. */
    @Override
    public String toString() {
        return "FirstAdminProperties[username=" + username + ", password=" + (password == null ? "none" : "***")
                + ", fullName=" + fullName + "]";
    }
}
