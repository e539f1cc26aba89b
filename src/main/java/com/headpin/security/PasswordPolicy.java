package com.headpin.security;

import java.util.Locale;

import com.headpin.shared.InputRules;
import org.jspecify.annotations.Nullable;

/** Minimum strength: 8 to 100 characters, at least one letter and one digit, not the username itself. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 100;

    private PasswordPolicy() {
    }

    static void check(InputRules rules, String field, @Nullable String password, String username) {
        if (password == null || password.isEmpty()) {
            rules.reject(field, "validation.required");
        } else if (password.length() < MIN_LENGTH || password.length() > MAX_LENGTH
                || password.chars().noneMatch(Character::isLetter)
                || password.chars().noneMatch(Character::isDigit)
                || password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            rules.reject(field, "password.too-weak");
        }
    }
}
