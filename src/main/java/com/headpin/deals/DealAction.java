package com.headpin.deals;

import java.time.LocalDate;

import com.headpin.shared.ActionStatus;
import org.jspecify.annotations.Nullable;

/** An action item of a deal as loaded at {@code version}; {@code overdue} when not done and past its due date. */
public record DealAction(long id, long version, long dealId, String text, long ownerId, String ownerName,
                         @Nullable LocalDate dueDate, ActionStatus status, boolean overdue) {
}
