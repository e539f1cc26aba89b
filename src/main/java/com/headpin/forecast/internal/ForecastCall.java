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

/** A rep's own forecast for a period, shown beside the system's figure, with the rep's note on why. */
@Entity
@Audited
@Table(name = "forecast_calls")
public class ForecastCall extends TimestampedEntity {

    public static final int NOTE_MAX_LENGTH = 500;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;
    @Column(name = "period_key", nullable = false, updatable = false, length = Period.KEY_MAX_LENGTH)
    private String periodKey = "";
    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount = BigDecimal.ZERO;
    @Column(length = NOTE_MAX_LENGTH)
    private @Nullable String note;

    protected ForecastCall() {
    }

    public ForecastCall(long userId, String periodKey, Instant now) {
        this.userId = userId;
        this.periodKey = periodKey;
        created(now);
    }

    /** Takes a checked amount and note. */
    public void call(BigDecimal amount, @Nullable String note, Instant now) {
        this.amount = amount;
        this.note = note == null || note.isBlank() ? null : note.strip();
        touched(now);
    }

    public long getUserId() {
        return userId;
    }

    public String getPeriodKey() {
        return periodKey;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public @Nullable String getNote() {
        return note;
    }
}
