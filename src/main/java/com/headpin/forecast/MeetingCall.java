package com.headpin.forecast;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** The caller's own forecast call for a meeting's period; no version and no amount when none was made yet. */
public record MeetingCall(@Nullable Long version, @Nullable BigDecimal amount, @Nullable String note) {
}
