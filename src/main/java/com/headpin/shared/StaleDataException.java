package com.headpin.shared;

/** The record changed since the form was loaded: the caller reloads and lets the user choose (conflict dialog). */
public class StaleDataException extends RuntimeException {

    public StaleDataException(String message) {
        super(message);
    }

    public StaleDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
