package com.headpin.planning.internal;

import java.time.Instant;
import java.time.LocalDate;

import com.headpin.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A customer's-year reminder sent: one per period occurrence (its start) and account, never two. */
@Entity
@Table(name = "calendar_reminders_sent")
public class SentReminderRow extends BaseEntity {

    @Column(name = "period_id", nullable = false)
    private long periodId;
    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn = LocalDate.EPOCH;
    @Column(name = "account_id", nullable = false)
    private long accountId;
    @Column(name = "owner_id", nullable = false)
    private long ownerId;
    @Column(name = "sent_at", nullable = false)
    private Instant sentAt = Instant.EPOCH;

    protected SentReminderRow() {
    }

    public SentReminderRow(long periodId, LocalDate startsOn, long accountId, long ownerId, Instant sentAt) {
        this.periodId = periodId;
        this.startsOn = startsOn;
        this.accountId = accountId;
        this.ownerId = ownerId;
        this.sentAt = sentAt;
    }

    public long getPeriodId() {
        return periodId;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public long getAccountId() {
        return accountId;
    }
}
