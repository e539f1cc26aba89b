package com.headpin.forecast.internal;

import java.math.BigDecimal;
import java.time.Instant;

import com.headpin.forecast.Period;
import com.headpin.shared.TimestampedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * A manager's view of one rep's forecast and commitment for a period. The rep's own figures stay untouched; either
 * amount may be left empty (not adjusted).
 */
@Entity
@Audited
@Table(name = "forecast_adjustments")
public class ForecastAdjustment extends TimestampedEntity {

    public static final int NOTE_MAX_LENGTH = 500;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;
    @Column(name = "period_key", nullable = false, updatable = false, length = Period.KEY_MAX_LENGTH)
    private String periodKey = "";
    @Column(name = "forecast_amount", precision = 19, scale = 2)
    private @Nullable BigDecimal forecast;
    @Column(name = "commitment_amount", precision = 19, scale = 2)
    private @Nullable BigDecimal commitment;
    @Column(length = NOTE_MAX_LENGTH)
    private @Nullable String note;
    @Column(name = "adjusted_by", nullable = false)
    private long adjustedBy;

    protected ForecastAdjustment() {
    }

    public ForecastAdjustment(long userId, String periodKey, Instant now) {
        this.userId = userId;
        this.periodKey = periodKey;
        created(now);
    }

    /** Takes checked amounts (null: not adjusted) and the manager's note. */
    public void adjust(@Nullable BigDecimal forecast, @Nullable BigDecimal commitment, @Nullable String note,
                       long by, Instant now) {
        this.forecast = forecast;
        this.commitment = commitment;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.adjustedBy = by;
        touched(now);
    }

    public long getUserId() {
        return userId;
    }

    public String getPeriodKey() {
        return periodKey;
    }

    public @Nullable BigDecimal getForecast() {
        return forecast;
    }

    public @Nullable BigDecimal getCommitment() {
        return commitment;
    }

    public @Nullable String getNote() {
        return note;
    }

    public long getAdjustedBy() {
        return adjustedBy;
    }
}
