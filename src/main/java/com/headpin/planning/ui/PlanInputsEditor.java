package com.headpin.planning.ui;

import com.headpin.planning.PlanRequest;
import com.headpin.shared.InvalidInputException;
import com.vaadin.flow.component.HasValidation;

/**
 * What the planner page asks of the inputs it plans from (a rep's saved plan, or a team's worked-out one): the
 * request for the year, errors at the fields.
 */
interface PlanInputsEditor {

    PlanInputsForm form();

    int year();

    /** The page's year field, where a year that cannot be planned is said. */
    HasValidation yearField();

    default PlanRequest request() {
        return form().request(year());
    }

    default void showErrors(InvalidInputException invalid) {
        form().showErrors(invalid, yearField());
    }

    default void clearErrors() {
        form().clearErrors();
    }

    /** Whether an amount is typed unreadably (said at the field): nothing is planned or saved from it. */
    default boolean unreadable() {
        return form().unreadable();
    }
}
