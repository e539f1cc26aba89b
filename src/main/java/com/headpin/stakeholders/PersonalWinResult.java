package com.headpin.stakeholders;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A win result on one buying influence, as loaded at {@code version}: a catalogue entry ({@code winResultId}, its
 * labels) or the team's own words (both labels the same text, {@code winResultId} null), with an optional note.
 */
public record PersonalWinResult(long id, long version, long influenceId, @Nullable Long winResultId,
                                String labelEn, String labelZh, @Nullable String note) {

    public String label(Locale locale) {
        return Labels.pick(labelEn, labelZh, locale);
    }

    /** The team's own words rather than a catalogue entry. */
    public boolean own() {
        return winResultId == null;
    }
}
