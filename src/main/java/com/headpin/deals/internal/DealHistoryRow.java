package com.headpin.deals.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import com.headpin.deals.DealChange;
import com.headpin.deals.DealHistoryEntry;
import com.headpin.deals.DealOutcome;
import com.headpin.deals.DealStage;
import com.headpin.deals.DealState;
import com.headpin.deals.ForecastCategory;
import com.headpin.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One dated row of the deal history: the deal's state after a change (see V17 and {@link DealHistoryEntry}). */
@Entity
@Table(name = "deal_history")
public class DealHistoryRow extends BaseEntity {

    @Column(name = "deal_id", nullable = false)
    private long dealId;
    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn = LocalDate.EPOCH;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt = Instant.EPOCH;
    @Column(name = "recorded_by")
    private @Nullable Long recordedBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "change_kind", nullable = false, length = 20)
    private DealChange change = DealChange.CREATED;
    @Convert(converter = StageConverter.class)
    @Column(name = "stage_no", nullable = false)
    private DealStage stage = DealStage.SEMINAR;
    @Convert(converter = StageConverter.class)
    @Column(name = "from_stage_no")
    private @Nullable DealStage fromStage;
    @Column(nullable = false)
    private int probability;
    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount = BigDecimal.ZERO;
    @Column(name = "expected_close", nullable = false)
    private LocalDate expectedClose = LocalDate.EPOCH;
    @Enumerated(EnumType.STRING)
    @Column(name = "forecast_category", nullable = false, length = 12)
    private ForecastCategory forecastCategory = ForecastCategory.PIPELINE;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DealOutcome outcome = DealOutcome.OPEN;
    @Column(length = Deal.REASON_MAX_LENGTH)
    private @Nullable String reason;

    protected DealHistoryRow() {
    }

    /** The deal's state now, after {@code change}; {@code fromStage} when the stage changed. */
    public DealHistoryRow(Deal deal, DealChange change, @Nullable DealStage fromStage, int probability,
                          LocalDate effectiveOn, Instant recordedAt, @Nullable Long recordedBy,
                          @Nullable String reason) {
        this.dealId = deal.requireId();
        this.change = change;
        this.fromStage = fromStage;
        this.stage = deal.getStage();
        this.probability = probability;
        this.amount = deal.getOutcome() == DealOutcome.WON && deal.getFinalAmount() != null
                ? deal.getFinalAmount() : deal.getAmount();
        this.expectedClose = deal.getOutcome() == DealOutcome.WON && deal.getSignedOn() != null
                ? deal.getSignedOn() : deal.getExpectedClose();
        this.forecastCategory = deal.getForecastCategory();
        this.outcome = deal.getOutcome();
        this.effectiveOn = effectiveOn;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
        this.reason = reason;
    }

    public long getDealId() {
        return dealId;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    /** The deal's state in this row, with its name and owner (which the history does not keep). */
    public DealState toState(String name, long ownerId) {
        return new DealState(dealId, name, ownerId, stage, probability, amount, expectedClose, forecastCategory,
                outcome, effectiveOn);
    }

    public DealHistoryEntry toEntry() {
        return new DealHistoryEntry(dealId, effectiveOn, recordedAt, recordedBy, change, stage, fromStage,
                probability, amount, expectedClose, forecastCategory, outcome, reason);
    }
}
