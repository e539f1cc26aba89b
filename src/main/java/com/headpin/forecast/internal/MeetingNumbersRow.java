package com.headpin.forecast.internal;

import java.math.BigDecimal;

import com.headpin.forecast.FourNumbers;
import com.headpin.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * The four numbers of the meeting's unit ({@code repId} null) or of one rep, frozen when the meeting started
 * ({@code moment} START) or ended (END); never changed afterwards.
 */
@Entity
@Table(name = "forecast_meeting_numbers")
public class MeetingNumbersRow extends BaseEntity {

    public static final String START = "START";
    public static final String END = "END";

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private long meetingId;
    @Column(nullable = false, updatable = false, length = 5)
    private String moment = START;
    @Column(name = "rep_id", updatable = false)
    private @Nullable Long repId;
    @Column(precision = 19, scale = 2, updatable = false)
    private @Nullable BigDecimal quota;
    @Column(nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal forecast = BigDecimal.ZERO;
    @Column(nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal commitment = BigDecimal.ZERO;
    @Column(nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal achievement = BigDecimal.ZERO;

    protected MeetingNumbersRow() {
    }

    public MeetingNumbersRow(long meetingId, String moment, @Nullable Long repId, FourNumbers numbers) {
        this.meetingId = meetingId;
        this.moment = moment;
        this.repId = repId;
        this.quota = numbers.quota();
        this.forecast = numbers.forecast();
        this.commitment = numbers.commitment();
        this.achievement = numbers.achievement();
    }

    public long getMeetingId() {
        return meetingId;
    }

    public String getMoment() {
        return moment;
    }

    public @Nullable Long getRepId() {
        return repId;
    }

    public @Nullable BigDecimal getQuota() {
        return quota;
    }

    public BigDecimal getForecast() {
        return forecast;
    }

    public BigDecimal getCommitment() {
        return commitment;
    }

    public BigDecimal getAchievement() {
        return achievement;
    }
}
