package com.headpin.forecast.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.headpin.deals.DealOutcome;
import com.headpin.deals.DealStage;
import com.headpin.deals.DealState;
import com.headpin.deals.ForecastCategory;
import com.headpin.forecast.FrozenDeal;
import com.headpin.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** One deal of a rep as it stood when the snapshot was taken (written once, never changed). */
@Entity
@Table(name = "forecast_snapshot_deals")
public class SnapshotDealRow extends BaseEntity {

    private static final int NAME_MAX_LENGTH = 200;

    @Column(name = "snapshot_id", nullable = false, updatable = false)
    private long snapshotId;
    @Column(name = "rep_id", nullable = false, updatable = false)
    private long repId;
    @Column(name = "deal_id", nullable = false, updatable = false)
    private long dealId;
    @Column(name = "deal_name", nullable = false, length = NAME_MAX_LENGTH, updatable = false)
    private String dealName = "";
    @Column(nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal amount = BigDecimal.ZERO;
    @Column(name = "expected_close", nullable = false, updatable = false)
    private LocalDate expectedClose = LocalDate.EPOCH;
    @Column(name = "stage_no", nullable = false, updatable = false)
    private int stageNo = 1;
    @Column(nullable = false, updatable = false)
    private int probability;
    @Enumerated(EnumType.STRING)
    @Column(name = "forecast_category", nullable = false, length = 12, updatable = false)
    private ForecastCategory forecastCategory = ForecastCategory.PIPELINE;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private DealOutcome outcome = DealOutcome.OPEN;

    protected SnapshotDealRow() {
    }

    public SnapshotDealRow(long snapshotId, DealState deal) {
        this.snapshotId = snapshotId;
        this.repId = deal.ownerId();
        this.dealId = deal.dealId();
        this.dealName = deal.name().length() > NAME_MAX_LENGTH ? deal.name().substring(0, NAME_MAX_LENGTH)
                : deal.name();
        this.amount = deal.amount();
        this.expectedClose = deal.expectedClose();
        this.stageNo = deal.stage().number();
        this.probability = deal.probability();
        this.forecastCategory = deal.forecastCategory();
        this.outcome = deal.outcome();
    }

    public long getRepId() {
        return repId;
    }

    public FrozenDeal toFrozen() {
        return new FrozenDeal(dealId, dealName, repId, amount, expectedClose, DealStage.of(stageNo), probability,
                forecastCategory, outcome);
    }
}
