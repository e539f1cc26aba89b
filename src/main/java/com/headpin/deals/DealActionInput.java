package com.headpin.deals;

import java.time.LocalDate;

import com.headpin.shared.ActionStatus;
import org.jspecify.annotations.Nullable;

/** A user's input for a new or changed action item ({@code version} as loaded; ignored for a new one). */
public record DealActionInput(long version, String text, long ownerId, @Nullable LocalDate dueDate,
                              @Nullable ActionStatus status) {

    public static DealActionInput from(DealAction action) {
        return new DealActionInput(action.version(), action.text(), action.ownerId(), action.dueDate(),
                action.status());
    }

    public DealActionInput withStatus(ActionStatus newStatus) {
        return new DealActionInput(version, text, ownerId, dueDate, newStatus);
    }

    public DealActionInput withText(String newText) {
        return new DealActionInput(version, newText, ownerId, dueDate, status);
    }
}
