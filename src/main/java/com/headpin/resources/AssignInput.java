package com.headpin.resources;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Gives an open request (as loaded at {@code version}) to a person; {@code weekStart}: the week it was dropped on
 * (the request's dates move there), null to keep them; {@code overrideReason}: why, despite the conflicts shown.
 */
public record AssignInput(long requestId, long version, long resourceId, @Nullable LocalDate weekStart,
                          @Nullable String overrideReason) {
}
