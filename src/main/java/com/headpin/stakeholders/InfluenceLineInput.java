package com.headpin.stakeholders;

import org.jspecify.annotations.Nullable;

/** A new influence line: {@code fromContactId} listens to {@code toContactId}, with an optional short note. */
public record InfluenceLineInput(long fromContactId, long toContactId, @Nullable String note) {
}
