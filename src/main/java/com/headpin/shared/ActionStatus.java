package com.headpin.shared;

import java.time.LocalDate;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** Progress of an action item (of an account plan, of a deal): who does what by when, and how far it is. */
public enum ActionStatus {
    OPEN, IN_PROGRESS, DONE;

    public String labelKey() {
        return "action-status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** An item not done whose due date has passed ({@code today} from {@link BusinessCalendar#today()}). */
    public boolean overdue(@Nullable LocalDate dueDate, LocalDate today) {
        return this != DONE && dueDate != null && dueDate.isBefore(today);
    }
}
