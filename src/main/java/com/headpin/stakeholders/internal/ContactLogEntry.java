package com.headpin.stakeholders.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.headpin.shared.TimestampedEntity;
import com.headpin.stakeholders.ContactLogInput;
import com.headpin.stakeholders.ContactLogKind;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * One visit, call or meeting with contacts of one account, on one of its deals or on the account alone. The contacts
 * met are a table of their own (a contact's delete finds its entries); our people are one column, in the order given,
 * so the history shows a change of who was there as one change.
 */
@Entity
@Audited
@Table(name = "contact_log_entries")
public class ContactLogEntry extends TimestampedEntity {

    public static final int NOTE_MAX_LENGTH = 2000;
    /** At most this many of us on one entry (the column holds their ids). */
    public static final int OUR_PEOPLE_MAX = 10;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;
    @Column(name = "deal_id", updatable = false)
    private @Nullable Long dealId;
    @Column(name = "contact_date", nullable = false)
    private LocalDate date = LocalDate.EPOCH;
    @Enumerated(EnumType.STRING)
    @Column(name = "contact_kind", nullable = false, length = 10)
    private ContactLogKind kind = ContactLogKind.MEETING;
    @Convert(converter = IdListConverter.class)
    @Column(name = "our_people", nullable = false, length = 400)
    private List<Long> ourPeople = new ArrayList<>();
    @Column(length = NOTE_MAX_LENGTH)
    private @Nullable String note;
    @Column(name = "created_by", nullable = false, updatable = false)
    private long createdBy;

    @ElementCollection
    @CollectionTable(name = "contact_log_contacts", joinColumns = @JoinColumn(name = "entry_id"))
    @Column(name = "contact_id", nullable = false)
    private Set<Long> contactIds = new LinkedHashSet<>();

    protected ContactLogEntry() {
    }

    public ContactLogEntry(long accountId, @Nullable Long dealId, long createdBy, Instant now) {
        this.accountId = accountId;
        this.dealId = dealId;
        this.createdBy = createdBy;
        created(now);
    }

    /** Takes the checked input (date and kind present). */
    public void apply(ContactLogInput input, Instant now) {
        date = java.util.Objects.requireNonNull(input.date());
        kind = java.util.Objects.requireNonNull(input.kind());
        ourPeople = new ArrayList<>(input.ourPeopleIds().stream().distinct().toList());
        contactIds.clear();
        contactIds.addAll(input.contactIds());
        note = input.note() == null || input.note().isBlank() ? null : input.note().strip();
        touched(now);
    }

    /** A deleted contact leaves the entry; true when nobody we met is left. */
    public boolean removeContact(long contactId) {
        contactIds.remove(contactId);
        return contactIds.isEmpty();
    }

    public long getAccountId() {
        return accountId;
    }

    public @Nullable Long getDealId() {
        return dealId;
    }

    public LocalDate getDate() {
        return date;
    }

    public ContactLogKind getKind() {
        return kind;
    }

    public List<Long> getOurPeople() {
        return List.copyOf(ourPeople);
    }

    public @Nullable String getNote() {
        return note;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Set<Long> getContactIds() {
        return Set.copyOf(contactIds);
    }
}
