package com.headpin.forecast.internal;

import java.time.Instant;

import com.headpin.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Someone who was present in a meeting, stored once when they first joined. */
@Entity
@Table(name = "forecast_meeting_attendees")
public class MeetingAttendeeRow extends BaseEntity {

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private long meetingId;
    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;
    @Column(name = "joined_at", nullable = false, updatable = false)
    private Instant joinedAt = Instant.EPOCH;

    protected MeetingAttendeeRow() {
    }

    public MeetingAttendeeRow(long meetingId, long userId, Instant joinedAt) {
        this.meetingId = meetingId;
        this.userId = userId;
        this.joinedAt = joinedAt;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public long getUserId() {
        return userId;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }
}
