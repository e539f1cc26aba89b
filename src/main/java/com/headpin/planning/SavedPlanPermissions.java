package com.headpin.planning;

/**
 * What the caller may do with a rep's plan for a year, for the planner to offer only that (the service checks
 * again): save it ({@code mayEdit}: create it, or change a draft or returned one), submit it, approve or return it
 * ({@code mayDecide}: a director above the rep, or an administrator, never the rep), and reopen a submitted or
 * approved one as a draft.
 */
public record SavedPlanPermissions(boolean mayEdit, boolean maySubmit, boolean mayDecide, boolean mayReopen) {

    public static final SavedPlanPermissions NONE = new SavedPlanPermissions(false, false, false, false);
}
