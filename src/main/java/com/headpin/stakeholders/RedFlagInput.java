package com.headpin.stakeholders;

import org.jspecify.annotations.Nullable;

/** A manual red flag or strength as the user typed it, made on {@code version} (0 for a new one). */
public record RedFlagInput(long version, @Nullable FlagCategory category, @Nullable String text, long ownerId) {
}
