package com.headpin.accountplans;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

public record GoalRow(long id, long version, String goal, @Nullable String measure, @Nullable String target,
                       @Nullable LocalDate dueDate) {
}
