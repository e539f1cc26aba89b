package com.headpin.stakeholders;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A user's input for a buying influence: its roles on the deal (one or more), influence, attitude, how sure we are
 * and the organisational results they want; {@code version} as loaded (ignored when adding).
 */
public record InfluenceInput(long version, Set<InfluenceRole> roles, @Nullable InfluenceLevel influence,
                             @Nullable Attitude attitude, @Nullable Certainty certainty,
                             @Nullable String organisationalResults) {

    public InfluenceInput {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** The row as loaded, to change one part of it. */
    public static InfluenceInput from(InfluenceRow row) {
        return new InfluenceInput(row.version(), row.roles(), row.influence(), row.attitude(), row.certainty(),
                row.organisationalResults());
    }

    public InfluenceInput withAttitude(@Nullable Attitude changed) {
        return new InfluenceInput(version, roles, influence, changed, certainty, organisationalResults);
    }
}
