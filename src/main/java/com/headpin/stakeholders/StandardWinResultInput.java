package com.headpin.stakeholders;

import org.jspecify.annotations.Nullable;

/** A new or changed catalogue entry ({@code version}: as loaded; 0 for a new one). One label may be empty. */
public record StandardWinResultInput(long version, @Nullable String labelEn, @Nullable String labelZh,
                                     @Nullable WinResultKind kind, boolean active) {

    public static StandardWinResultInput from(StandardWinResult entry) {
        return new StandardWinResultInput(entry.version(), entry.labelEn(), entry.labelZh(), entry.kind(),
                entry.active());
    }

    public StandardWinResultInput withLabels(@Nullable String english, @Nullable String chinese) {
        return new StandardWinResultInput(version, english, chinese, kind, active);
    }
}
