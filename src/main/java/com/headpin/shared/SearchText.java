package com.headpin.shared;

import java.util.Locale;

/**
 * What a user typed to find records by name, as every name query takes it: trimmed, case-insensitive, matched
 * anywhere in the name (a SQL {@code like} pattern with its wildcards escaped). One Chinese character already
 * narrows a name down; Latin text needs two letters before it is worth a query.
 */
public record SearchText(String text) {

    /** The escape character of {@link #likePattern()}. */
    public static final char ESCAPE = '\\';

    public SearchText {
        text = text.strip().toLowerCase(Locale.ROOT);
    }

    public static SearchText of(String typed) {
        return new SearchText(typed);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** Long enough to search: one Han character, else two characters. */
    public boolean searchable() {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                || text.codePointCount(0, text.length()) >= 2;
    }

    /** {@code %text%} with {@code %}, {@code _} and the escape itself escaped, for {@code lower(name) like}. */
    public String likePattern() {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
