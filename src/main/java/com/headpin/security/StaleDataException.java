package com.headpin.security;

/** The record changed since the form was loaded; the caller reloads and shows the current state. */
public class StaleDataException extends RuntimeException {

    public StaleDataException(String message) {
        super(message);
    }
}
