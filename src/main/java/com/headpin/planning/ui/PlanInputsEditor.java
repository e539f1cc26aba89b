package com.headpin.planning.ui;

import com.headpin.planning.PlanRequest;
import com.headpin.shared.InvalidInputException;

/** What the planner page asks of the inputs it plans from: a rep's saved plan, or a team's worked-out one. */
interface PlanInputsEditor {

    PlanRequest request();

    void showErrors(InvalidInputException invalid);

    void clearErrors();

    /** Whether an amount is typed unreadably (said at the field): nothing is planned from it. */
    boolean unreadable();
}
