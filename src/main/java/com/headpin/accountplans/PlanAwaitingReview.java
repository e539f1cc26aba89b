package com.headpin.accountplans;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A submitted plan on its reviewer's home view: whose account, which year, who asked and when. */
public record PlanAwaitingReview(long planId, long accountId, String accountName, int year,
                                 @Nullable String submittedByName, @Nullable LocalDate submittedOn) {
}
