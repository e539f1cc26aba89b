package com.headpin.accounts.internal;

import com.headpin.accounts.ContactDetails;
import com.headpin.accounts.ContactInput;

import java.time.LocalDate;

import com.headpin.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One of the customer's people; owned by the account. Later modules attach contacts to deals. */
@Entity
@Table(name = "contacts")
public class Contact extends BaseEntity {

    // Public for the forms' setMaxLength; the columns, the input rules and the fields use the same number.
    public static final int NAME_MAX_LENGTH = 100;
    public static final int TITLE_MAX_LENGTH = 100;
    public static final int DEPARTMENT_MAX_LENGTH = 100;
    public static final int PHONE_MAX_LENGTH = 50;
    public static final int EMAIL_MAX_LENGTH = 200;
    public static final int NOTES_MAX_LENGTH = 2000;

    @Column(name = "account_id", nullable = false)
    private long accountId;
    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name = "";
    @Column(length = TITLE_MAX_LENGTH)
    private @Nullable String title;
    @Column(length = DEPARTMENT_MAX_LENGTH)
    private @Nullable String department;
    @Column(name = "reports_to_id")
    private @Nullable Long reportsToId;
    @Column(length = PHONE_MAX_LENGTH)
    private @Nullable String phone;
    @Column(length = EMAIL_MAX_LENGTH)
    private @Nullable String email;
    @Column(length = NOTES_MAX_LENGTH)
    private @Nullable String notes;
    @Column(name = "last_contact_date")
    private @Nullable LocalDate lastContactDate;
    @Column(name = "last_contact_by")
    private @Nullable Long lastContactBy;

    protected Contact() {
    }

    public Contact(long accountId) {
        this.accountId = accountId;
    }

    public void apply(ContactInput input) {
        name = input.name().strip();
        title = blank(input.title());
        department = blank(input.department());
        reportsToId = input.reportsToId();
        phone = blank(input.phone());
        email = blank(input.email());
        notes = blank(input.notes());
        lastContactDate = input.lastContactDate();
        lastContactBy = input.lastContactBy();
    }

    public ContactDetails toDetails() {
        return new ContactDetails(requireId(), getVersion(), accountId, name, title, department, reportsToId, phone,
                email, notes, lastContactDate, lastContactBy);
    }

    /** Whether a contact on {@code date} would be newer than the last one recorded (or the first). */
    public boolean lastContactBefore(LocalDate date) {
        return lastContactDate == null || lastContactDate.isBefore(date);
    }

    public long getAccountId() {
        return accountId;
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
