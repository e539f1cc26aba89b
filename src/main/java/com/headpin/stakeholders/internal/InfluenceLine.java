package com.headpin.stakeholders.internal;

import com.headpin.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * On the relationship map: the contact {@code fromContactId} listens to (is influenced by) {@code toContactId}, both
 * of one account. It belongs to the account, not to a deal, so every deal of the account shows it. Only the note
 * changes; the two ends never do (a different pair is a different line).
 */
@Entity
@Audited
@Table(name = "influence_lines")
public class InfluenceLine extends BaseEntity {

    public static final int NOTE_MAX_LENGTH = 200;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;
    @Column(name = "from_contact_id", nullable = false, updatable = false)
    private long fromContactId;
    @Column(name = "to_contact_id", nullable = false, updatable = false)
    private long toContactId;
    @Column(length = NOTE_MAX_LENGTH)
    private @Nullable String note;

    protected InfluenceLine() {
    }

    public InfluenceLine(long accountId, long fromContactId, long toContactId, @Nullable String note) {
        this.accountId = accountId;
        this.fromContactId = fromContactId;
        this.toContactId = toContactId;
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    public long getAccountId() {
        return accountId;
    }

    public long getFromContactId() {
        return fromContactId;
    }

    public long getToContactId() {
        return toContactId;
    }

    public @Nullable String getNote() {
        return note;
    }
}
