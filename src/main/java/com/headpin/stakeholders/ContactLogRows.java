package com.headpin.stakeholders;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.headpin.accounts.ContactDetails;
import com.headpin.accounts.ContactService;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import com.headpin.stakeholders.internal.ContactLogEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Turns entries of one account into rows: one read of its contacts and one of the users, whatever the number. */
@Component
class ContactLogRows {

    /** Whether the caller may change an entry on this deal ({@code null}: on the account). */
    interface MayChange {
        boolean test(@Nullable Long dealId);
    }

    private final ContactService contacts;
    private final UserAccountService users;

    ContactLogRows(ContactService contacts, UserAccountService users) {
        this.contacts = contacts;
        this.users = users;
    }

    List<ContactLogRow> of(long accountId, Collection<ContactLogEntry> found, Map<Long, String> dealNames,
                           MayChange mayChange) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, String> people = contacts.list(accountId).stream()
                .collect(Collectors.toMap(ContactDetails::id, ContactDetails::name));
        Set<Long> userIds = new HashSet<>();
        found.forEach(entry -> userIds.addAll(entry.getOurPeople()));
        Map<Long, String> names = users.findAll(userIds).stream()
                .collect(Collectors.toMap(UserSummary::id, UserSummary::fullName, (a, b) -> a));
        return found.stream().map(entry -> new ContactLogRow(entry.requireId(), entry.getVersion(),
                entry.getAccountId(), entry.getDealId(),
                entry.getDealId() == null ? null : dealNames.get(entry.getDealId()), entry.getDate(),
                entry.getKind(),
                entry.getContactIds().stream().filter(people::containsKey)
                        .map(id -> new ContactLogRow.Person(id, people.get(id)))
                        .sorted(java.util.Comparator.comparing(ContactLogRow.Person::name)).toList(),
                entry.getOurPeople().stream().map(id -> new ContactLogRow.Person(id, names.getOrDefault(id, "?")))
                        .toList(),
                entry.getNote(), entry.getCreatedBy(), entry.getCreatedAt(), mayChange.test(entry.getDealId())))
                .toList();
    }
}
