package com.headpin.planning;

/**
 * Where a team's plan starts: the team's own quota in [Forecast] ({@link QuotaOrigin#TEAM}), else the sum of the
 * {@code repsWithQuota} reps' quotas, each from [Forecast] or else their saved plan ({@link QuotaOrigin#REPS}), else
 * none to type in; the average of the reps' {@code wonDeals} won deals; seminars a week per rep at the method's
 * default.
 */
public record TeamDraft(PlanRequest request, QuotaOrigin quotaOrigin, int repsWithQuota, int wonDeals) {

    public enum QuotaOrigin { TEAM, REPS, NONE }
}
