package com.headpin.accountplans;

import java.time.LocalDate;

import com.headpin.shared.ActionStatus;
import org.jspecify.annotations.Nullable;

/** An action item as the plan shows it; {@code overdue} when not done and past its due date. */
public record ActionRow(long id, long version, String title, long ownerId, String ownerName,
                         @Nullable LocalDate dueDate, ActionStatus status, boolean overdue) {
}
