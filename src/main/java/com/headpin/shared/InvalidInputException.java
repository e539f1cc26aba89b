package com.headpin.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input a service refused, with an i18n message key per field. Thrown before anything is written, so a
 * view can show each message at its field and the database holds nothing half-way.
 */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidInputException(Map<String, String> fieldErrors) {
        super("Invalid input: " + fieldErrors);
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public static InvalidInputException of(String field, String messageKey) {
        return new InvalidInputException(Map.of(field, messageKey));
    }

    /** Field name to i18n message key. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
