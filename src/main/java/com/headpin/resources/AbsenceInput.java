package com.headpin.resources;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** Days away to add for a resource, both ends included. */
public record AbsenceInput(@Nullable LocalDate startsOn, @Nullable LocalDate endsOn, @Nullable String note) {
}
