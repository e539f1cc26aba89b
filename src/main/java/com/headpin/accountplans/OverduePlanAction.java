package com.headpin.accountplans;

import java.time.LocalDate;

/** An action item of a plan past its due date and not done, on the home view of its owner's managers. */
public record OverduePlanAction(long actionId, long planId, long accountId, String accountName, int year,
                                String title, String ownerName, LocalDate dueDate) {
}
