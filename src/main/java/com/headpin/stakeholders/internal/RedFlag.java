package com.headpin.stakeholders.internal;

import java.time.Instant;

import com.headpin.shared.BaseEntity;
import com.headpin.stakeholders.FlagCategory;
import com.headpin.stakeholders.FlagKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** A manual red flag or strength on a deal, open until its owner (or an editor of the deal) clears it. */
@Entity
@Audited
@Table(name = "deal_red_flags")
public class RedFlag extends BaseEntity {

    public static final int TEXT_MAX_LENGTH = 500;

    @Column(name = "deal_id", nullable = false, updatable = false)
    private long dealId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private FlagKind kind = FlagKind.FLAG;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private FlagCategory category = FlagCategory.MISSING_INFORMATION;
    @Column(name = "flag_text", nullable = false, length = TEXT_MAX_LENGTH)
    private String text = "";
    @Column(name = "owner_id", nullable = false)
    private long ownerId;
    @Column(name = "raised_by", nullable = false, updatable = false)
    private long raisedBy;
    @Column(name = "raised_at", nullable = false, updatable = false)
    private Instant raisedAt = Instant.EPOCH;
    @Column(name = "cleared_by")
    private @Nullable Long clearedBy;
    @Column(name = "cleared_at")
    private @Nullable Instant clearedAt;
    @Column(name = "clearing_note", length = TEXT_MAX_LENGTH)
    private @Nullable String clearingNote;

    protected RedFlag() {
    }

    public RedFlag(long dealId, FlagKind kind, long raisedBy, Instant raisedAt) {
        this.dealId = dealId;
        this.kind = kind;
        this.raisedBy = raisedBy;
        this.raisedAt = raisedAt;
    }

    public void apply(FlagCategory category, String text, long ownerId) {
        this.category = category;
        this.text = text.strip();
        this.ownerId = ownerId;
    }

    public void clear(long by, Instant at, @Nullable String note) {
        clearedBy = by;
        clearedAt = at;
        clearingNote = note == null || note.isBlank() ? null : note.strip();
    }

    public void reopen() {
        clearedBy = null;
        clearedAt = null;
        clearingNote = null;
    }

    public boolean isOpen() {
        return clearedAt == null;
    }

    public long getDealId() {
        return dealId;
    }

    public FlagKind getKind() {
        return kind;
    }

    public FlagCategory getCategory() {
        return category;
    }

    public String getText() {
        return text;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public long getRaisedBy() {
        return raisedBy;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public @Nullable Long getClearedBy() {
        return clearedBy;
    }

    public @Nullable Instant getClearedAt() {
        return clearedAt;
    }

    public @Nullable String getClearingNote() {
        return clearingNote;
    }
}
