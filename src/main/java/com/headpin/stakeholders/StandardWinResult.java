package com.headpin.stakeholders;

import java.util.Locale;

/** A win result of the company's catalogue, as loaded at {@code version}, with its label in both languages. */
public record StandardWinResult(long id, long version, String labelEn, String labelZh, WinResultKind kind,
                                int position, boolean active) {

    /** The label in the user's language, else the other one. */
    public String label(Locale locale) {
        return Labels.pick(labelEn, labelZh, locale);
    }
}
