package com.headpin.stakeholders.internal;

import java.util.EnumSet;
import java.util.Set;

import com.headpin.shared.BaseEntity;
import com.headpin.stakeholders.Attitude;
import com.headpin.stakeholders.Certainty;
import com.headpin.stakeholders.InfluenceLevel;
import com.headpin.stakeholders.InfluenceRole;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * One of the account's contacts as a buying influence on one deal (at most once per deal). The roles are one column
 * (a set of names), so field history shows a role change as one change.
 */
@Entity
@Audited
@Table(name = "buying_influences")
public class BuyingInfluence extends BaseEntity {

    public static final int RESULTS_MAX_LENGTH = 2000;

    @Column(name = "deal_id", nullable = false, updatable = false)
    private long dealId;
    @Column(name = "contact_id", nullable = false, updatable = false)
    private long contactId;
    @Convert(converter = RoleSetConverter.class)
    @Column(nullable = false, length = 100)
    private Set<InfluenceRole> roles = EnumSet.noneOf(InfluenceRole.class);
    @Enumerated(EnumType.STRING)
    @Column(name = "influence_level", length = 10)
    private @Nullable InfluenceLevel influence;
    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private @Nullable Attitude attitude;
    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private @Nullable Certainty certainty;
    @Column(name = "organisational_results", length = RESULTS_MAX_LENGTH)
    private @Nullable String organisationalResults;

    protected BuyingInfluence() {
    }

    public BuyingInfluence(long dealId, long contactId) {
        this.dealId = dealId;
        this.contactId = contactId;
    }

    public long getDealId() {
        return dealId;
    }

    public long getContactId() {
        return contactId;
    }

    public Set<InfluenceRole> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(InfluenceRole.class) : EnumSet.copyOf(roles);
    }

    public void setRoles(Set<InfluenceRole> roles) {
        this.roles = roles.isEmpty() ? EnumSet.noneOf(InfluenceRole.class) : EnumSet.copyOf(roles);
    }

    public @Nullable InfluenceLevel getInfluence() {
        return influence;
    }

    public void setInfluence(@Nullable InfluenceLevel influence) {
        this.influence = influence;
    }

    public @Nullable Attitude getAttitude() {
        return attitude;
    }

    public void setAttitude(@Nullable Attitude attitude) {
        this.attitude = attitude;
    }

    public @Nullable Certainty getCertainty() {
        return certainty;
    }

    public void setCertainty(@Nullable Certainty certainty) {
        this.certainty = certainty;
    }

    public @Nullable String getOrganisationalResults() {
        return organisationalResults;
    }

    public void setOrganisationalResults(@Nullable String organisationalResults) {
        this.organisationalResults = organisationalResults == null || organisationalResults.isBlank() ? null
                : organisationalResults.strip();
    }
}
