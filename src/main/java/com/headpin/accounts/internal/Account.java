package com.headpin.accounts.internal;

import com.headpin.accounts.AccountDetails;
import com.headpin.accounts.AccountInput;
import com.headpin.accounts.AccountTeamMember;
import com.headpin.accounts.FunnelPosition;
import com.headpin.accounts.Industry;
import com.headpin.accounts.Nature;
import com.headpin.accounts.SizeBand;
import com.headpin.accounts.Tier;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.headpin.organisation.VisibilityScope;
import com.headpin.shared.TimestampedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import com.headpin.accounts.AccountNames;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;

/** A customer organisation we sell to, or plan to. Users and org units are referenced by id. */
@Entity
@Audited
@Table(name = "accounts")
public class Account extends TimestampedEntity {

    // Public for the forms' setMaxLength; the columns, the input rules and the fields use the same number.
    public static final int NAME_MAX_LENGTH = 200;
    public static final int ALT_NAME_MAX_LENGTH = 200;
    public static final int ADDRESS_MAX_LENGTH = 500;
    public static final int CITY_MAX_LENGTH = 60;
    public static final int WEBSITE_MAX_LENGTH = 300;
    public static final int NOTES_MAX_LENGTH = 4000;
    public static final int NOT_PURSUING_REASON_MAX_LENGTH = 500;
    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name = "";
    @Column(name = "alt_name", length = ALT_NAME_MAX_LENGTH)
    private @Nullable String altName;
    // Derived from the names (AccountNames.sortKey): the list sorts by them in SQL; no history of their own.
    @NotAudited
    @Column(name = "name_sort_zh", nullable = false, length = AccountNames.SORT_KEY_LENGTH)
    private String nameSortZh = "";
    @NotAudited
    @Column(name = "name_sort_en", nullable = false, length = AccountNames.SORT_KEY_LENGTH)
    private String nameSortEn = "";
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Industry industry = Industry.OTHER;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Nature nature = Nature.OTHER;
    @Enumerated(EnumType.STRING)
    @Column(name = "size_band", nullable = false, length = 20)
    private SizeBand sizeBand = SizeBand.MEDIUM;
    @Column(name = "region_id")
    private @Nullable Long regionId;
    @Column(name = "team_id")
    private @Nullable Long teamId;
    @Column(name = "owner_id", nullable = false)
    private long ownerId;
    @Enumerated(EnumType.STRING)
    @Column(name = "funnel_position", nullable = false, length = 10)
    private FunnelPosition funnelPosition = FunnelPosition.ABOVE;
    @Column(name = "parent_id")
    private @Nullable Long parentId;
    @Column(length = ADDRESS_MAX_LENGTH)
    private @Nullable String address;
    /** Where the customer sits: seminars outside the owner's city cost travel days (planning). */
    @Column(length = CITY_MAX_LENGTH)
    private @Nullable String city;
    @Column(length = WEBSITE_MAX_LENGTH)
    private @Nullable String website;
    @Column(length = NOTES_MAX_LENGTH)
    private @Nullable String notes;
    @Column(name = "annual_potential", nullable = false, precision = 19, scale = 2)
    private BigDecimal annualPotential = BigDecimal.ZERO;
    // Derived, bookkeeping or collection: not part of the field history.
    @NotAudited
    @Column(name = "fit_score", precision = 5, scale = 1)
    private @Nullable BigDecimal fitScore;
    @NotAudited
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 1, columnDefinition = "CHAR(1)")
    private Tier tier = Tier.C;
    @Enumerated(EnumType.STRING)
    @Column(name = "tier_override", length = 1, columnDefinition = "CHAR(1)")
    private @Nullable Tier tierOverride;
    @Column(name = "not_pursuing", nullable = false)
    private boolean notPursuing;
    @Column(name = "not_pursuing_reason", length = NOT_PURSUING_REASON_MAX_LENGTH)
    private @Nullable String notPursuingReason;

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "account_team_members", joinColumns = @JoinColumn(name = "account_id"))
    private Set<AccountTeamMember> team = new LinkedHashSet<>();

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "account_scores", joinColumns = @JoinColumn(name = "account_id"))
    @MapKeyColumn(name = "criterion_id")
    @Column(name = "score", nullable = false)
    private Map<Long, Integer> scores = new HashMap<>();

    protected Account() {
    }

    public Account(long ownerId, Instant now) {
        this.ownerId = ownerId;
        created(now);
    }

    public void apply(AccountInput input, Instant now) {
        name = input.name().strip();
        altName = trim(input.altName());
        nameSortZh = AccountNames.sortKey(name, altName, Locale.SIMPLIFIED_CHINESE);
        nameSortEn = AccountNames.sortKey(name, altName, Locale.ENGLISH);
        industry = input.industry();
        nature = input.nature();
        sizeBand = input.sizeBand();
        regionId = input.regionId();
        teamId = input.teamId();
        ownerId = input.ownerId();
        funnelPosition = input.funnelPosition();
        parentId = input.parentId();
        address = trim(input.address());
        city = trim(input.city());
        website = trim(input.website());
        notes = trim(input.notes());
        annualPotential = input.annualPotential();
        tierOverride = input.tierOverride();
        team.clear();
        team.addAll(input.team());
        touched(now);
    }

    private static @Nullable String trim(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public AccountDetails toDetails() {
        return new AccountDetails(requireId(), getVersion(), name, altName, industry, nature, sizeBand, regionId,
                teamId, ownerId, funnelPosition, parentId, address, website, notes, annualPotential, fitScore, tier,
                tierOverride, notPursuing, notPursuingReason, Set.copyOf(team), Map.copyOf(scores), getUpdatedAt(),
                city);
    }

    /** A new owner, team and region unchanged: a rep's accounts handed to another (their history keeps it). */
    public void handOver(long newOwnerId, Instant now) {
        ownerId = newOwnerId;
        touched(now);
    }

    /** Undoes the input's funnel position: the account's deals decide it (see accounts.FunnelPositionSource). */
    public void keepFunnelPosition(FunnelPosition position) {
        funnelPosition = position;
    }

    public String getName() {
        return name;
    }

    public @Nullable String getAltName() {
        return altName;
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

    public @Nullable Long getParentId() {
        return parentId;
    }

    /** The organisation's visibility rule for this account (by owner, team and region). */
    public boolean visibleTo(VisibilityScope scope) {
        return scope.canSee(ownerId, teamId, regionId);
    }

    /** Whether the scope's user is among the managers above this account, who may change its owner and team. */
    public boolean managedBy(VisibilityScope scope) {
        return scope.canManage(ownerId, teamId, regionId);
    }

    public BigDecimal getAnnualPotential() {
        return annualPotential;
    }

    public Tier getTier() {
        return tier;
    }

    public void setTier(Tier tier) {
        this.tier = tier;
    }

    public Map<Long, Integer> getScores() {
        return scores;
    }

    public void setFitScore(@Nullable BigDecimal fitScore) {
        this.fitScore = fitScore;
    }

    public void markNotPursuing(@Nullable String reason, Instant now) {
        notPursuing = reason != null;
        notPursuingReason = reason;
        touched(now);
    }
}
