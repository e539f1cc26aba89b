package com.headpin.collaboration;

/** "User {@code userId} entered (or left) field {@code field}" in the UI {@code uiKey}; never stored. */
record FieldFocus(String field, long userId, String name, int colorIndex, boolean focused, String uiKey) {
}
