package com.headpin.accountplans.internal;

import com.headpin.accountplans.PlanNarrative;
import com.headpin.accountplans.PlanStatus;
import com.headpin.accountplans.WhitespaceCell;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.headpin.shared.TimestampedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;

/** The strategic plan of one account for one year. Goals, actions and relationships are entities of their own. */
@Entity
@Audited
@Table(name = "account_plans")
public class AccountPlan extends TimestampedEntity {

    /** Each text of the narrative; public for the form's setMaxLength, the same number as columns and rules. */
    public static final int NARRATIVE_MAX_LENGTH = 2000;

    @Column(name = "account_id", nullable = false)
    private long accountId;
    @Column(name = "plan_year", nullable = false)
    private int year;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlanStatus status = PlanStatus.DRAFT;
    @Column(name = "reviewed_by")
    private @Nullable Long reviewedBy;
    @Column(name = "reviewed_at")
    private @Nullable Instant reviewedAt;
    @Column(name = "submitted_by")
    private @Nullable Long submittedBy;
    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;
    @Column(name = "business_goals", length = NARRATIVE_MAX_LENGTH)
    private @Nullable String businessGoals;
    @Column(length = NARRATIVE_MAX_LENGTH)
    private @Nullable String challenges;
    @Column(length = NARRATIVE_MAX_LENGTH)
    private @Nullable String strengths;
    @Column(length = NARRATIVE_MAX_LENGTH)
    private @Nullable String vulnerabilities;
    @Column(length = NARRATIVE_MAX_LENGTH)
    private @Nullable String competitors;
    @Column(length = NARRATIVE_MAX_LENGTH)
    private @Nullable String partners;
    @Column(length = NARRATIVE_MAX_LENGTH)
    private @Nullable String strategies;

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "plan_offerings", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    @Column(name = "name", nullable = false, length = 100)
    private List<String> offerings = new ArrayList<>();

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "plan_business_units", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    @Column(name = "name", nullable = false, length = 100)
    private List<String> businessUnits = new ArrayList<>();

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "plan_whitespace", joinColumns = @JoinColumn(name = "plan_id"))
    private Set<WhitespaceCell> cells = new LinkedHashSet<>();

    protected AccountPlan() {
    }

    public AccountPlan(long accountId, int year, Instant now) {
        this.accountId = accountId;
        this.year = year;
        created(now);
    }

    public long getAccountId() {
        return accountId;
    }

    public int getYear() {
        return year;
    }

    public PlanNarrative narrative() {
        return new PlanNarrative(businessGoals, challenges, strengths, vulnerabilities, competitors, partners,
                strategies);
    }

    public void setNarrative(PlanNarrative n, Instant now) {
        businessGoals = blank(n.businessGoals());
        challenges = blank(n.challenges());
        strengths = blank(n.strengths());
        vulnerabilities = blank(n.vulnerabilities());
        competitors = blank(n.competitors());
        partners = blank(n.partners());
        strategies = blank(n.strategies());
        changed(now);
    }

    public void setWhitespace(List<String> newOfferings, List<String> newUnits, Set<WhitespaceCell> newCells, Instant now) {
        offerings.clear();
        offerings.addAll(newOfferings);
        businessUnits.clear();
        businessUnits.addAll(newUnits);
        cells.clear();
        cells.addAll(newCells);
        changed(now);
    }

    public List<String> getOfferings() {
        return offerings;
    }

    public List<String> getBusinessUnits() {
        return businessUnits;
    }

    public Set<WhitespaceCell> getCells() {
        return cells;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public @Nullable Long getReviewedBy() {
        return reviewedBy;
    }

    public @Nullable Instant getReviewedAt() {
        return reviewedAt;
    }

    public @Nullable Long getSubmittedBy() {
        return submittedBy;
    }

    public @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }

    /** Asks the managers above the account for a review; who asked is told when it is done. */
    public void submit(long userId, Instant now) {
        status = PlanStatus.SUBMITTED;
        submittedBy = userId;
        submittedAt = now;
        touched(now);
    }

    public void review(long directorId, Instant now) {
        status = PlanStatus.REVIEWED;
        reviewedBy = directorId;
        reviewedAt = now;
        touched(now);
    }

    /**
     * A reviewed or submitted plan that changes is a draft again: the review (or the request for one) covered the
     * plan as it was. Who submitted it last stays, to be told of a review of the changed plan too.
     */
    public void changed(Instant now) {
        status = PlanStatus.DRAFT;
        touched(now);
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
