package com.headpin.stakeholders;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A contact-log entry as typed: when, how, whom we met (contacts of the entry's account) and who of us was there,
 * in order (the first is recorded as the contacts' last contact). {@code version}: the version loaded (0 for a new
 * entry).
 */
public record ContactLogInput(long version, @Nullable LocalDate date, @Nullable ContactLogKind kind,
                              List<Long> contactIds, List<Long> ourPeopleIds, @Nullable String note) {

    public ContactLogInput {
        contactIds = List.copyOf(contactIds);
        ourPeopleIds = List.copyOf(ourPeopleIds);
    }

    public static ContactLogInput from(ContactLogRow row) {
        return new ContactLogInput(row.version(), row.date(), row.kind(),
                row.contacts().stream().map(ContactLogRow.Person::id).toList(),
                row.ourPeople().stream().map(ContactLogRow.Person::id).toList(), row.note());
    }

    public ContactLogInput withNote(@Nullable String changed) {
        return new ContactLogInput(version, date, kind, contactIds, ourPeopleIds, changed);
    }

    public ContactLogInput withDate(@Nullable LocalDate changed) {
        return new ContactLogInput(version, changed, kind, contactIds, ourPeopleIds, note);
    }
}
