package com.headpin.forecast.internal;

import java.time.Instant;

import com.headpin.forecast.MeetingStatus;
import com.headpin.forecast.Period;
import com.headpin.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;

/**
 * A live forecast meeting of one unit for one period. The presenter's position (shown rep and deal) is written by a
 * bulk update that leaves the version alone: stepping through reps must not make the director's "end" stale.
 */
@Entity
@Audited
@Table(name = "forecast_meetings")
public class ForecastMeeting extends BaseEntity {

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;
    @Column(name = "period_key", nullable = false, updatable = false, length = Period.KEY_MAX_LENGTH)
    private String periodKey = "";
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MeetingStatus status = MeetingStatus.OPEN;
    @Column(name = "opened_by", nullable = false, updatable = false)
    private long openedBy;
    @Column(name = "presenter_id", nullable = false)
    private long presenterId;
    @NotAudited
    @Column(name = "shown_rep_id", insertable = false, updatable = false)
    private @Nullable Long shownRepId;
    @NotAudited
    @Column(name = "shown_deal_id", insertable = false, updatable = false)
    private @Nullable Long shownDealId;
    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt = Instant.EPOCH;
    @Column(name = "ended_at")
    private @Nullable Instant endedAt;

    protected ForecastMeeting() {
    }

    public ForecastMeeting(long unitId, String periodKey, long openedBy, Instant now) {
        this.unitId = unitId;
        this.periodKey = periodKey;
        this.openedBy = openedBy;
        this.presenterId = openedBy;
        this.startedAt = now;
    }

    public void end(Instant now) {
        status = MeetingStatus.ENDED;
        endedAt = now;
    }

    public void handOver(long userId) {
        presenterId = userId;
    }

    public boolean isOpen() {
        return status == MeetingStatus.OPEN;
    }

    public long getUnitId() {
        return unitId;
    }

    public String getPeriodKey() {
        return periodKey;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public long getOpenedBy() {
        return openedBy;
    }

    public long getPresenterId() {
        return presenterId;
    }

    public @Nullable Long getShownRepId() {
        return shownRepId;
    }

    public @Nullable Long getShownDealId() {
        return shownDealId;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public @Nullable Instant getEndedAt() {
        return endedAt;
    }
}
