package com.headpin.accountplans;

import java.time.LocalDate;

import com.headpin.shared.ActionStatus;
import org.jspecify.annotations.Nullable;

public record ActionInput(long version, String title, long ownerId, @Nullable LocalDate dueDate,
                          ActionStatus status) {
}
