package com.headpin.stakeholders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A contact-log entry as lists show it, as loaded at {@code version}: the deal it was logged on ({@code dealName}
 * null when on the account alone, or when the reader may not see that deal), the contacts met and our people by
 * name (ours in the order given), and whether the reader may change or delete it.
 */
public record ContactLogRow(long id, long version, long accountId, @Nullable Long dealId, @Nullable String dealName,
                            LocalDate date, ContactLogKind kind, List<Person> contacts, List<Person> ourPeople,
                            @Nullable String note, long createdById, Instant createdAt, boolean mayChange) {

    public ContactLogRow {
        contacts = List.copyOf(contacts);
        ourPeople = List.copyOf(ourPeople);
    }

    /** A contact or one of our users, by name. */
    public record Person(long id, String name) {
    }
}
