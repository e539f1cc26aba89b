package com.headpin.collaboration.ui;

/** One field another user changed while this user edited it: their saved value and this user's. */
public record FieldConflict(String field, String label, String theirs, String mine) {
}
