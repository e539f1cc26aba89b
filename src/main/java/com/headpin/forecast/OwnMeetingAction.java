package com.headpin.forecast;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** An open action item of a forecast meeting owned by the caller, with the meeting it came from. */
public record OwnMeetingAction(long meetingId, String unitName, Period period, long id, String title,
                               @Nullable LocalDate dueDate, boolean overdue) {
}
