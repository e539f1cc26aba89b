package com.headpin.shared;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Collects field errors for one command, the same rules in every service: required, maximum length and
 * no markup characters in names (names are shown in many places; angle brackets there are never intended).
 */
public final class InputRules {

    private static final Pattern MARKUP = Pattern.compile("[<>]");

    private final Map<String, String> errors = new LinkedHashMap<>();

    public InputRules required(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            reject(field, "validation.required");
        }
        return this;
    }

    public InputRules maxLength(String field, @Nullable String value, int max) {
        if (value != null && value.length() > max) {
            reject(field, "validation.too-long." + max);
        }
        return this;
    }

    /** A person's or unit's name: required, at most {@code max} characters, no markup. */
    public InputRules name(String field, @Nullable String value, int max) {
        required(field, value).maxLength(field, value, max);
        if (value != null && MARKUP.matcher(value).find()) {
            reject(field, "validation.no-markup");
        }
        return this;
    }

    /** Records the first error of a field; later ones would only repeat the problem. */
    public InputRules reject(String field, String messageKey) {
        errors.putIfAbsent(field, messageKey);
        return this;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Throws {@link InvalidInputException} if any rule failed. */
    public void check() {
        if (hasErrors()) {
            throw new InvalidInputException(errors);
        }
    }

    public static @Nullable String trimToNull(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** An http(s) address with a host name ("example.com" counts: https is assumed), at most {@code max} long. */
    public static boolean isWebAddress(String value, int max) {
        try {
            URI uri = URI.create(value.contains("://") ? value : "https://" + value);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getHost().contains(".") && value.length() <= max;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
