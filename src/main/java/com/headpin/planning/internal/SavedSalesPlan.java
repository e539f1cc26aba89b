package com.headpin.planning.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

import com.headpin.planning.PlanRequest;
import com.headpin.planning.SalesPlanStatus;
import com.headpin.planning.SavedPlan;
import com.headpin.shared.TimestampedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** A rep's saved plan for a year: the planner's inputs and where the plan stands with the rep's director. */
@Entity
@Audited
@Table(name = "sales_plans")
public class SavedSalesPlan extends TimestampedEntity {

    public static final int REASON_MAX_LENGTH = SavedPlan.REASON_MAX_LENGTH;

    @Column(name = "rep_id", nullable = false)
    private long repId;
    @Column(name = "plan_year", nullable = false)
    private int planYear;
    @Column(precision = 15, scale = 2)
    private @Nullable BigDecimal quota;
    @Column(name = "average_deal", precision = 15, scale = 2)
    private @Nullable BigDecimal averageDeal;
    @Column(name = "close_from_month", nullable = false)
    private int closeFromMonth;
    @Column(name = "close_to_month", nullable = false)
    private int closeToMonth;
    @Column(name = "buffer_month")
    private @Nullable Integer bufferMonth;
    @Column(name = "seminars_per_week", nullable = false)
    private int seminarsPerWeek;
    @Column(name = "travel_days_per_trip", nullable = false)
    private int travelDaysPerTrip;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SalesPlanStatus status = SalesPlanStatus.DRAFT;
    @Column(name = "submitted_by")
    private @Nullable Long submittedBy;
    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;
    @Column(name = "approved_by")
    private @Nullable Long approvedBy;
    @Column(name = "approved_at")
    private @Nullable Instant approvedAt;
    @Column(name = "return_reason", length = REASON_MAX_LENGTH)
    private @Nullable String returnReason;

    protected SavedSalesPlan() {
    }

    public SavedSalesPlan(long repId, PlanRequest request, Instant now) {
        this.repId = repId;
        this.planYear = request.planYear();
        created(now);
        inputs(request, now);
    }

    /** Takes the request's inputs; the year stays the plan's (a plan is one rep's one year). */
    public void inputs(PlanRequest request, Instant now) {
        quota = request.quota();
        averageDeal = request.averageDeal();
        closeFromMonth = month(request.closeFrom());
        closeToMonth = month(request.closeTo());
        bufferMonth = request.buffer() == null ? null : request.buffer().getMonthValue();
        seminarsPerWeek = request.seminarsPerWeek();
        travelDaysPerTrip = request.travelDaysPerTrip();
        touched(now);
    }

    public PlanRequest request() {
        return new PlanRequest(planYear, quota, averageDeal, YearMonth.of(planYear, closeFromMonth),
                YearMonth.of(planYear, closeToMonth), bufferMonth == null ? null : YearMonth.of(planYear, bufferMonth),
                seminarsPerWeek, travelDaysPerTrip);
    }

    public void submit(long userId, Instant now) {
        status = SalesPlanStatus.SUBMITTED;
        submittedBy = userId;
        submittedAt = now;
        touched(now);
    }

    public void approve(long directorId, Instant now) {
        status = SalesPlanStatus.APPROVED;
        approvedBy = directorId;
        approvedAt = now;
        returnReason = null;
        touched(now);
    }

    /** Back to the rep with the reason; the last approval (if any) no longer holds. */
    public void giveBack(String reason, Instant now) {
        status = SalesPlanStatus.RETURNED;
        returnReason = reason;
        approvedBy = null;
        approvedAt = null;
        touched(now);
    }

    /** A draft again, to be changed and approved anew: the approval covered the plan as it was. */
    public void reopen(Instant now) {
        status = SalesPlanStatus.DRAFT;
        approvedBy = null;
        approvedAt = null;
        touched(now);
    }

    private static int month(@Nullable YearMonth month) {
        if (month == null) {
            throw new IllegalArgumentException("a saved plan needs its close window");
        }
        return month.getMonthValue();
    }

    public long getRepId() {
        return repId;
    }

    public int getPlanYear() {
        return planYear;
    }

    public SalesPlanStatus getStatus() {
        return status;
    }

    public @Nullable Long getSubmittedBy() {
        return submittedBy;
    }

    public @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }

    public @Nullable Long getApprovedBy() {
        return approvedBy;
    }

    public @Nullable Instant getApprovedAt() {
        return approvedAt;
    }

    public @Nullable String getReturnReason() {
        return returnReason;
    }
}
