package com.headpin.resources.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import com.headpin.resources.RequestStatus;
import com.headpin.resources.ResourceType;
import com.headpin.resources.StageActivity;
import com.headpin.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A request from a deal for a resource, and once assigned, the assignment (the person and who confirmed it). */
@Entity
@Table(name = "resource_requests")
public class ResourceRequest extends BaseEntity {

    public static final int TEXT_MAX_LENGTH = 500;
    public static final BigDecimal MAX_EFFORT_DAYS = new BigDecimal("200");

    @Column(name = "deal_id", nullable = false, updatable = false)
    private long dealId;
    @Column(name = "requested_by", nullable = false, updatable = false)
    private long requestedBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "resource_type", nullable = false, length = 30)
    private ResourceType type = ResourceType.CONSULTANT;
    @Column(name = "wanted_resource_id")
    private @Nullable Long wantedResourceId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private StageActivity activity = StageActivity.CONSULTING;
    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn = LocalDate.EPOCH;
    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn = LocalDate.EPOCH;
    @Column(name = "effort_days", nullable = false, precision = 5, scale = 1)
    private BigDecimal effortDays = BigDecimal.ONE;
    @Column(length = TEXT_MAX_LENGTH)
    private @Nullable String justification;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RequestStatus status = RequestStatus.REQUESTED;
    @Column(name = "resource_id")
    private @Nullable Long resourceId;
    @Column(name = "assigned_by")
    private @Nullable Long assignedBy;
    @Column(name = "override_reason", length = TEXT_MAX_LENGTH)
    private @Nullable String overrideReason;
    @Column(name = "decline_reason", length = TEXT_MAX_LENGTH)
    private @Nullable String declineReason;
    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt = Instant.EPOCH;
    @Column(name = "assigned_at")
    private @Nullable Instant assignedAt;
    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    protected ResourceRequest() {
    }

    public ResourceRequest(long dealId, long requestedBy, Instant now) {
        this.dealId = dealId;
        this.requestedBy = requestedBy;
        this.requestedAt = now;
    }

    public void describe(ResourceType type, @Nullable Long wantedResourceId, StageActivity activity,
                         LocalDate startsOn, LocalDate endsOn, BigDecimal effortDays, @Nullable String justification) {
        this.type = type;
        this.wantedResourceId = wantedResourceId;
        this.activity = activity;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.effortDays = effortDays;
        this.justification = justification;
    }

    /** Assigns the person; a drop on another week moves the dates there, keeping their length. */
    public void assign(long resourceId, LocalDate startsOn, long by, @Nullable String overrideReason, Instant now) {
        long length = endsOn.toEpochDay() - this.startsOn.toEpochDay();
        this.startsOn = startsOn;
        this.endsOn = startsOn.plusDays(length);
        this.resourceId = resourceId;
        this.assignedBy = by;
        this.overrideReason = overrideReason;
        this.assignedAt = now;
        this.status = RequestStatus.ASSIGNED;
    }

    public void decline(String reason, Instant now) {
        this.declineReason = reason;
        this.status = RequestStatus.DECLINED;
        this.closedAt = now;
    }

    public void done(Instant now) {
        this.status = RequestStatus.DONE;
        this.closedAt = now;
    }

    public long getDealId() {
        return dealId;
    }

    public long getRequestedBy() {
        return requestedBy;
    }

    public ResourceType getType() {
        return type;
    }

    public @Nullable Long getWantedResourceId() {
        return wantedResourceId;
    }

    public StageActivity getActivity() {
        return activity;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public BigDecimal getEffortDays() {
        return effortDays;
    }

    public @Nullable String getJustification() {
        return justification;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public @Nullable Long getResourceId() {
        return resourceId;
    }

    public @Nullable Long getAssignedBy() {
        return assignedBy;
    }

    public @Nullable String getOverrideReason() {
        return overrideReason;
    }

    public @Nullable String getDeclineReason() {
        return declineReason;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public @Nullable Instant getAssignedAt() {
        return assignedAt;
    }

    public @Nullable Instant getClosedAt() {
        return closedAt;
    }
}
