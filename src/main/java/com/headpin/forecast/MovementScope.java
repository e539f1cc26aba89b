package com.headpin.forecast;

import org.jspecify.annotations.Nullable;

/**
 * Whose movement: one rep's ({@code repId}) or a unit's, a team, region or the company ({@code unitId}); exactly one
 * is set. {@code name} is what a picker shows, {@code depth} the unit's depth in the caller's tree (reps: -1).
 */
public record MovementScope(@Nullable Long repId, @Nullable Long unitId, String name, int depth) {

    public static MovementScope rep(long repId, String name) {
        return new MovementScope(repId, null, name, -1);
    }

    public static MovementScope unit(long unitId, String name, int depth) {
        return new MovementScope(null, unitId, name, depth);
    }
}
