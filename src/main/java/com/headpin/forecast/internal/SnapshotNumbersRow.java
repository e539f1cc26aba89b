package com.headpin.forecast.internal;

import java.math.BigDecimal;

import com.headpin.forecast.FourNumbers;
import com.headpin.forecast.Period;
import com.headpin.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One rep's four numbers for the snapshot's quarter, as they stood (written once, never changed). */
@Entity
@Table(name = "forecast_snapshot_numbers")
public class SnapshotNumbersRow extends BaseEntity {

    @Column(name = "snapshot_id", nullable = false, updatable = false)
    private long snapshotId;
    @Column(name = "rep_id", nullable = false, updatable = false)
    private long repId;
    @Column(name = "period_key", nullable = false, length = Period.KEY_MAX_LENGTH, updatable = false)
    private String periodKey = "";
    @Column(precision = 19, scale = 2, updatable = false)
    private @Nullable BigDecimal quota;
    @Column(name = "system_forecast", nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal systemForecast = BigDecimal.ZERO;
    @Column(nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal forecast = BigDecimal.ZERO;
    @Column(name = "adjusted_forecast", nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal adjustedForecast = BigDecimal.ZERO;
    @Column(nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal commitment = BigDecimal.ZERO;
    @Column(name = "adjusted_commitment", nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal adjustedCommitment = BigDecimal.ZERO;
    @Column(nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal achievement = BigDecimal.ZERO;

    protected SnapshotNumbersRow() {
    }

    public SnapshotNumbersRow(long snapshotId, long repId, String periodKey, FourNumbers numbers) {
        this.snapshotId = snapshotId;
        this.repId = repId;
        this.periodKey = periodKey;
        this.quota = numbers.quota();
        this.systemForecast = numbers.systemForecast();
        this.forecast = numbers.forecast();
        this.adjustedForecast = numbers.adjustedForecast();
        this.commitment = numbers.commitment();
        this.adjustedCommitment = numbers.adjustedCommitment();
        this.achievement = numbers.achievement();
    }

    public long getSnapshotId() {
        return snapshotId;
    }

    public long getRepId() {
        return repId;
    }

    public String getPeriodKey() {
        return periodKey;
    }

    public FourNumbers numbers() {
        return new FourNumbers(quota, systemForecast, forecast, adjustedForecast, commitment, adjustedCommitment,
                achievement);
    }
}
