package com.headpin.accounts;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A contact as lists and forms show it. Names are kept whole: Chinese names are never split. */
public record ContactDetails(long id, long version, long accountId, String name, @Nullable String title,
                             @Nullable String department, @Nullable Long reportsToId, @Nullable String phone,
                             @Nullable String email, @Nullable String notes, @Nullable LocalDate lastContactDate,
                             @Nullable Long lastContactBy) {
}
