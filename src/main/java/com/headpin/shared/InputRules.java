package com.headpin.shared;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Collects field errors for one command, the same rules in every service: required, maximum length,
 * no markup characters in names (names are shown in many places; angle brackets there are never intended),
 * amounts and dates within bounds.
 */
public final class InputRules {

    /** Amounts (CNY) stay below this: a trillion, far above any deal, well inside the DECIMAL(19, 2) columns. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");
    /** Amounts have at most this many decimals (fen), as the columns do. */
    public static final int AMOUNT_SCALE = 2;
    /**
     * The dates users may enter. MySQL's DATE would take years 1000–9999 and H2 any year: the same bounds on both,
     * and none a user means (a year typed as 20260 or 226).
     */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(2100, 12, 31);
    private static final java.util.regex.Pattern DATE_TEXT =
            java.util.regex.Pattern.compile("(\\d{4})(?:[-/.]|年)(\\d{1,2})(?:[-/.]|月)(\\d{1,2})日?");

    private static final Pattern MARKUP = Pattern.compile("[<>]");
    /** Longer text is no amount: refused before parsing, which takes time that grows with the square of the length. */
    private static final int AMOUNT_TEXT_MAX_LENGTH = 40;

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

    /** An amount of money, if given: zero or more, below {@link #MAX_AMOUNT}, at most two decimals. */
    public InputRules amount(String field, @Nullable BigDecimal value) {
        if (value != null && !isAmount(value)) {
            reject(field, "validation.amount");
        }
        return this;
    }

    /** A date, if given: from {@link #EARLIEST_DATE} to {@link #LATEST_DATE}. */
    public InputRules date(String field, @Nullable LocalDate value) {
        if (value != null && (value.isBefore(EARLIEST_DATE) || value.isAfter(LATEST_DATE))) {
            reject(field, "validation.date.range");
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

    /**
     * Whether a value is an acceptable amount. Only cheap checks on scale and digit count come before any
     * arithmetic: a value such as 1E+999999999 parses quickly, but printing or rescaling it would not end.
     */
    public static boolean isAmount(BigDecimal value) {
        return value.signum() >= 0 && value.scale() <= AMOUNT_SCALE
                && (long) value.precision() - value.scale() <= MAX_AMOUNT.precision() && value.compareTo(MAX_AMOUNT) < 0;
    }

    /** An amount as typed in a file ("1,250,000.50", "¥800"); empty if it is no number. Bounds: {@link #amount}. */
    public static Optional<BigDecimal> parseAmount(String text) {
        String plain = text.replace(",", "").replace("¥", "").strip();
        if (plain.isEmpty() || plain.length() > AMOUNT_TEXT_MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(plain));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * A date as typed in a file, year first: "2026-03-31", "2026/3/31", "2026.3.31" or "2026年3月31日"; empty if it is
     * no date. Bounds: {@link #date}.
     */
    public static Optional<LocalDate> parseDate(String text) {
        java.util.regex.Matcher parts = DATE_TEXT.matcher(text.strip());
        if (!parts.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(parts.group(1)), Integer.parseInt(parts.group(2)),
                    Integer.parseInt(parts.group(3))));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
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
