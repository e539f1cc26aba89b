package com.headpin.shared.ui;

import java.util.Map;

import com.headpin.shared.InvalidInputException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;

/** Shows a service's {@link InvalidInputException} at the fields it names. */
public final class FieldErrors {

    private FieldErrors() {
    }

    /**
     * Marks each named field invalid with its translated message and clears the others. An error for a field
     * the form does not show still reaches the user, as a notification.
     */
    public static void show(InvalidInputException error, Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(FieldErrors::clear);
        error.fieldErrors().forEach((name, key) -> {
            HasValidation field = fields.get(name);
            if (field != null) {
                field.setErrorMessage(UI.getCurrent().getTranslation(key));
                field.setInvalid(true);
            } else {
                Notifications.error(key);
            }
        });
    }

    public static void clear(HasValidation field) {
        field.setInvalid(false);
        field.setErrorMessage(null);
    }
}
