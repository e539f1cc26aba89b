package com.headpin.forecast.internal;

import java.time.LocalDate;

import com.headpin.shared.ActionItemEntity;
import com.headpin.shared.ActionStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.AuditOverride;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** An action item agreed in a forecast meeting: who does what by when. Its own version, edited independently. */
@Entity
@Audited
@AuditOverride(forClass = ActionItemEntity.class)
@Table(name = "forecast_meeting_actions")
public class MeetingActionRow extends ActionItemEntity {

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private long meetingId;

    protected MeetingActionRow() {
    }

    public MeetingActionRow(long meetingId) {
        this.meetingId = meetingId;
    }

    /** Checked input. */
    public void apply(String title, long ownerId, @Nullable LocalDate dueDate, ActionStatus status) {
        set(title, ownerId, dueDate, status);
    }

    public long getMeetingId() {
        return meetingId;
    }
}
