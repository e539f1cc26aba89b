package com.headpin.deals;

import java.time.LocalDate;

/** One of the caller's action items past its due date and not done, with the deal it belongs to (for Home). */
public record OverdueDealAction(long dealId, String dealName, long actionId, String text, LocalDate dueDate) {
}
