package com.headpin.forecast;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A new action item of a meeting: what, who, by when. */
public record MeetingActionInput(@Nullable String title, @Nullable Long ownerId, @Nullable LocalDate dueDate) {
}
