package com.headpin.forecast.internal;

import java.time.Instant;
import java.time.LocalDate;

import com.headpin.forecast.Period;
import com.headpin.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * The week's frozen forecast: when it was taken and for which quarter; the reps' numbers and deals are rows of their
 * own ({@link SnapshotNumbersRow}, {@link SnapshotDealRow}). One per week; taking it again replaces its rows.
 */
@Entity
@Table(name = "forecast_snapshots")
public class ForecastSnapshot extends BaseEntity {

    @Column(name = "week_start", nullable = false, updatable = false)
    private LocalDate weekStart = LocalDate.EPOCH;
    @Column(name = "taken_on", nullable = false)
    private LocalDate takenOn = LocalDate.EPOCH;
    @Column(name = "period_key", nullable = false, length = Period.KEY_MAX_LENGTH)
    private String periodKey = "";
    @Column(name = "taken_at", nullable = false)
    private Instant takenAt = Instant.EPOCH;
    @Column(name = "taken_by")
    private @Nullable Long takenBy;

    protected ForecastSnapshot() {
    }

    public ForecastSnapshot(LocalDate weekStart) {
        this.weekStart = weekStart;
    }

    /** Marks the snapshot as taken (again) as of {@code takenOn} for the quarter {@code periodKey}. */
    public void taken(LocalDate takenOn, String periodKey, Instant takenAt, @Nullable Long takenBy) {
        this.takenOn = takenOn;
        this.periodKey = periodKey;
        this.takenAt = takenAt;
        this.takenBy = takenBy;
    }

    public LocalDate getWeekStart() {
        return weekStart;
    }

    public LocalDate getTakenOn() {
        return takenOn;
    }

    public String getPeriodKey() {
        return periodKey;
    }

    public Instant getTakenAt() {
        return takenAt;
    }

    public @Nullable Long getTakenBy() {
        return takenBy;
    }
}
