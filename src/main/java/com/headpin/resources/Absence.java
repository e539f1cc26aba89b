package com.headpin.resources;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** Days a resource is away, both ends included. */
public record Absence(long id, LocalDate startsOn, LocalDate endsOn, @Nullable String note) {
}
