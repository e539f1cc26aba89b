package com.headpin.accountplans;

/**
 * What the caller may do with one account's plans, for the plan screen to offer only that (the services check again):
 * work on them ({@code mayEdit}: start, copy forward, change; not for RESOURCE) and review them ({@code mayReview}:
 * a DIRECTOR or ADMIN among the managers above the account).
 */
public record PlanPermissions(boolean mayEdit, boolean mayReview) {
}
