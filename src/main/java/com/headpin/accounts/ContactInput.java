package com.headpin.accounts;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A user's input for a contact ({@code version} ignored on create). */
public record ContactInput(long version, String name, @Nullable String title, @Nullable String department,
                           @Nullable Long reportsToId, @Nullable String phone, @Nullable String email,
                           @Nullable String notes, @Nullable LocalDate lastContactDate,
                           @Nullable Long lastContactBy) {
}
