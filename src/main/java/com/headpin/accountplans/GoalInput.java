package com.headpin.accountplans;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

public record GoalInput(long version, String goal, @Nullable String measure, @Nullable String target,
                        @Nullable LocalDate dueDate) {
}
