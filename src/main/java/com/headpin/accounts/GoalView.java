package com.headpin.accounts;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

public record GoalView(long id, long version, String goal, @Nullable String measure, @Nullable String target,
                       @Nullable LocalDate dueDate) {
}
