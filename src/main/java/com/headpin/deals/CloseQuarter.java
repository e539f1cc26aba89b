package com.headpin.deals;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** A fiscal quarter deals are expected to close in: {@code quarter} 1–4 of the fiscal year {@code fiscalYear}. */
public record CloseQuarter(int fiscalYear, int quarter) implements Comparable<CloseQuarter> {

    private static final Pattern KEY = Pattern.compile("(\\d{4})-Q([1-4])");

    public CloseQuarter {
        if (quarter < 1 || quarter > 4 || fiscalYear < 1900 || fiscalYear > 2100) {
            throw new IllegalArgumentException("No quarter " + fiscalYear + "-Q" + quarter);
        }
    }

    /** The stored form, e.g. {@code 2026-Q3}. */
    public String key() {
        return fiscalYear + "-Q" + quarter;
    }

    /** The quarter of a stored key; null for none or one that is not a quarter. */
    public static @Nullable CloseQuarter parse(@Nullable String key) {
        if (key == null) {
            return null;
        }
        Matcher matcher = KEY.matcher(key);
        return matcher.matches() ? new CloseQuarter(Integer.parseInt(matcher.group(1)),
                Integer.parseInt(matcher.group(2))) : null;
    }

    public CloseQuarter next() {
        return quarter == 4 ? new CloseQuarter(fiscalYear + 1, 1) : new CloseQuarter(fiscalYear, quarter + 1);
    }

    @Override
    public int compareTo(CloseQuarter other) {
        return fiscalYear != other.fiscalYear ? Integer.compare(fiscalYear, other.fiscalYear)
                : Integer.compare(quarter, other.quarter);
    }
}
