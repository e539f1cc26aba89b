package com.headpin.deals.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import com.headpin.deals.DealOutcome;
import com.headpin.deals.DealPhase;
import com.headpin.deals.DealStage;
import com.headpin.deals.DealTeamMember;
import com.headpin.deals.ForecastCategory;
import com.headpin.organisation.VisibilityScope;
import com.headpin.shared.TimestampedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;

/** A deal: an opportunity with one account, moving through the six stages to an outcome. */
@Entity
@Audited
@Table(name = "deals")
public class Deal extends TimestampedEntity {

    public static final int NAME_MAX_LENGTH = 200;
    public static final int NEXT_STEP_MAX_LENGTH = 500;
    public static final int REASON_MAX_LENGTH = 500;
    public static final int COMPANY_NAME_MAX_LENGTH = 200;

    @Column(name = "account_id", nullable = false)
    private long accountId;
    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name = "";
    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount = BigDecimal.ZERO;
    @Column(name = "expected_close", nullable = false)
    private LocalDate expectedClose = LocalDate.EPOCH;
    @Column(name = "owner_id", nullable = false)
    private long ownerId;
    @Column(name = "team_id")
    private @Nullable Long teamId;
    @Column(name = "region_id")
    private @Nullable Long regionId;
    @Convert(converter = StageConverter.class)
    @Column(name = "stage_no", nullable = false)
    private DealStage stage = DealStage.SEMINAR;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DealOutcome outcome = DealOutcome.OPEN;
    @Enumerated(EnumType.STRING)
    @Column(name = "forecast_category", nullable = false, length = 12)
    private ForecastCategory forecastCategory = ForecastCategory.PIPELINE;
    @Column(name = "final_amount", precision = 19, scale = 2)
    private @Nullable BigDecimal finalAmount;
    @Column(name = "signed_on")
    private @Nullable LocalDate signedOn;
    @Column(name = "lost_reason", length = REASON_MAX_LENGTH)
    private @Nullable String lostReason;
    @Column(name = "lost_to_id")
    private @Nullable Long lostToId;
    @Column(name = "next_step", length = NEXT_STEP_MAX_LENGTH)
    private @Nullable String nextStep;
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private @Nullable DealPhase phase;
    @Column(name = "program_id")
    private @Nullable Long programId;

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "deal_team_members", joinColumns = @JoinColumn(name = "deal_id"))
    private Set<DealTeamMember> team = new LinkedHashSet<>();

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "deal_competitors", joinColumns = @JoinColumn(name = "deal_id"))
    @Column(name = "competitor_id", nullable = false)
    private Set<Long> competitorIds = new LinkedHashSet<>();

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "deal_partners", joinColumns = @JoinColumn(name = "deal_id"))
    @Column(name = "name", nullable = false, length = COMPANY_NAME_MAX_LENGTH)
    private Set<String> partners = new LinkedHashSet<>();

    @NotAudited
    @OptimisticLock(excluded = true)
    @Embedded
    private DealProgress progress = new DealProgress();

    protected Deal() {
    }

    public Deal(long accountId, Instant now) {
        this.accountId = accountId;
        created(now);
    }

    /** The fields a deal form edits; stage and outcome move by their own commands. */
    public void apply(DealFields fields, Instant now) {
        name = fields.name();
        amount = fields.amount();
        expectedClose = fields.expectedClose();
        ownerId = fields.ownerId();
        teamId = fields.teamId();
        regionId = fields.regionId();
        forecastCategory = fields.forecastCategory();
        nextStep = fields.nextStep();
        phase = fields.phase();
        programId = fields.programId();
        replace(team, fields.team());
        replace(competitorIds, fields.competitorIds());
        replace(partners, fields.partners());
        touched(now);
    }

    public void moveTo(DealStage to, Instant now) {
        stage = to;
        touched(now);
    }

    public void win(BigDecimal finalAmount, LocalDate signedOn, Instant now) {
        outcome = DealOutcome.WON;
        stage = DealStage.SIGNED;
        forecastCategory = ForecastCategory.CLOSED;
        this.finalAmount = finalAmount;
        this.signedOn = signedOn;
        lostReason = null;
        lostToId = null;
        touched(now);
    }

    public void lose(String reason, @Nullable Long lostToId, Instant now) {
        outcome = DealOutcome.LOST;
        lostReason = reason;
        this.lostToId = lostToId;
        touched(now);
    }

    public void delay(LocalDate newExpectedClose, Instant now) {
        outcome = DealOutcome.DELAYED;
        expectedClose = newExpectedClose;
        touched(now);
    }

    /** Back to work: a signed deal returns to negotiation, a closed category to commit. */
    public void reopen(Instant now) {
        if (outcome == DealOutcome.WON) {
            stage = DealStage.NEGOTIATION;
            forecastCategory = ForecastCategory.COMMIT;
            finalAmount = null;
            signedOn = null;
        }
        outcome = DealOutcome.OPEN;
        lostReason = null;
        lostToId = null;
        touched(now);
    }

    /** A new owner, team and region unchanged: a leaving rep's deal handed to another (Envers keeps the old one). */
    public void handOver(long newOwnerId, Instant now) {
        ownerId = newOwnerId;
        touched(now);
    }

    /** The exit criteria ticked and the deliverables marked: facts outside the deal's version and history. */
    public DealProgress progress() {
        return progress;
    }

    /** Puts a person on the deal team (an assigned resource; no history row, like the form's team edits). */
    public boolean join(DealTeamMember member, Instant now) {
        boolean added = team.add(member);
        if (added) {
            touched(now);
        }
        return added;
    }

    /** The people with a role on the deal: they see it wherever it is placed. */
    public Set<Long> participantIds() {
        Set<Long> ids = new LinkedHashSet<>();
        team.forEach(member -> ids.add(member.userId()));
        return ids;
    }

    /** The organisation's visibility rule for this deal, its team counted in. */
    public boolean visibleTo(VisibilityScope scope) {
        return scope.canSee(ownerId, teamId, regionId, participantIds());
    }

    /** Whether the scope's user is among the managers above this deal (who move it and override its gates). */
    public boolean managedBy(VisibilityScope scope) {
        return scope.canManage(ownerId, teamId, regionId);
    }

    private static <T> void replace(Set<T> target, Collection<T> values) {
        target.retainAll(values);
        target.addAll(values);
    }

    public long getAccountId() {
        return accountId;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getExpectedClose() {
        return expectedClose;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public @Nullable Long getTeamId() {
        return teamId;
    }

    public @Nullable Long getRegionId() {
        return regionId;
    }

    public DealStage getStage() {
        return stage;
    }

    public DealOutcome getOutcome() {
        return outcome;
    }

    public ForecastCategory getForecastCategory() {
        return forecastCategory;
    }

    public @Nullable BigDecimal getFinalAmount() {
        return finalAmount;
    }

    public @Nullable LocalDate getSignedOn() {
        return signedOn;
    }

    public @Nullable String getLostReason() {
        return lostReason;
    }

    public @Nullable Long getLostToId() {
        return lostToId;
    }

    public @Nullable String getNextStep() {
        return nextStep;
    }

    public @Nullable DealPhase getPhase() {
        return phase;
    }

    public @Nullable Long getProgramId() {
        return programId;
    }

    public Set<DealTeamMember> getTeam() {
        return Set.copyOf(team);
    }

    public Set<Long> getCompetitorIds() {
        return Set.copyOf(competitorIds);
    }

    public Set<String> getPartners() {
        return Set.copyOf(partners);
    }
}
