package com.headpin.security;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.headpin.shared.InputRules;
import org.jspecify.annotations.Nullable;

/**
 * Minimum strength: at least 8 characters, at least one letter and one digit, not the username itself. At most
 * 72 bytes in UTF-8, all that BCrypt reads: 72 Latin letters or digits, but only 24 Chinese characters.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    static void check(InputRules rules, String field, @Nullable String password, String username) {
        if (password == null || password.isEmpty()) {
            rules.reject(field, "validation.required");
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            rules.reject(field, "password.too-long");
        } else if (password.length() < MIN_LENGTH
                || password.chars().noneMatch(Character::isLetter)
                || password.chars().noneMatch(Character::isDigit)
                || password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            rules.reject(field, "password.too-weak");
        }
    }
}
