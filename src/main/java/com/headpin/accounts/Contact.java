package com.headpin.accounts;

import java.time.LocalDate;

import com.headpin.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One of the customer's people; owned by the account. Later modules attach contacts to deals. */
@Entity
@Table(name = "contacts")
class Contact extends BaseEntity {

    @Column(name = "account_id", nullable = false)
    private long accountId;
    @Column(nullable = false, length = 100)
    private String name = "";
    @Column(length = 100)
    private @Nullable String title;
    @Column(length = 100)
    private @Nullable String department;
    @Column(name = "reports_to_id")
    private @Nullable Long reportsToId;
    @Column(length = 50)
    private @Nullable String phone;
    @Column(length = 200)
    private @Nullable String email;
    @Column(length = 2000)
    private @Nullable String notes;
    @Column(name = "last_contact_date")
    private @Nullable LocalDate lastContactDate;
    @Column(name = "last_contact_by")
    private @Nullable Long lastContactBy;

    protected Contact() {
    }

    Contact(long accountId) {
        this.accountId = accountId;
    }

    void apply(ContactInput input) {
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

    ContactDetails toDetails() {
        return new ContactDetails(requireId(), getVersion(), accountId, name, title, department, reportsToId, phone,
                email, notes, lastContactDate, lastContactBy);
    }

    long getAccountId() {
        return accountId;
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
