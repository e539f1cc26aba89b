package com.headpin.resources;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What stands against an assignment: another deal on overlapping days ({@code dealName}), an absence from
 * {@code from} to {@code to}, or a week ({@code from}) loaded to {@code percent} of capacity.
 */
public record Conflict(ConflictKind kind, @Nullable String dealName, @Nullable LocalDate from,
                       @Nullable LocalDate to, int percent) {
}
