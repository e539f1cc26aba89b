package com.headpin.forecast.internal;

import java.time.Instant;

import com.headpin.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A note or decision of a meeting, optionally about one rep; written once, never edited. */
@Entity
@Table(name = "forecast_meeting_notes")
public class MeetingNoteRow extends BaseEntity {

    public static final int BODY_MAX_LENGTH = 2000;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private long meetingId;
    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;
    @Column(name = "rep_id", updatable = false)
    private @Nullable Long repId;
    @Column(nullable = false, updatable = false, length = BODY_MAX_LENGTH)
    private String body = "";
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    protected MeetingNoteRow() {
    }

    /** Takes a checked body, stored without surrounding blanks. */
    public MeetingNoteRow(long meetingId, long authorId, @Nullable Long repId, String body, Instant now) {
        this.meetingId = meetingId;
        this.authorId = authorId;
        this.repId = repId;
        this.body = body.strip();
        this.createdAt = now;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public @Nullable Long getRepId() {
        return repId;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
