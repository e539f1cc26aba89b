package com.headpin.targeting.internal;

import com.headpin.accounts.Industry;

import java.util.LinkedHashSet;
import java.util.Set;

import com.headpin.shared.BaseEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** The bowling-pin plan of one target industry: which first customer should knock down which others. */
@Entity
@Table(name = "beachheads")
public class Beachhead extends BaseEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Industry industry = Industry.OTHER;
    @Column(length = 2000)
    private @Nullable String strategy;
    @ElementCollection
    @CollectionTable(name = "beachhead_head_pins", joinColumns = @JoinColumn(name = "beachhead_id"))
    @Column(name = "account_id")
    private Set<Long> headPinIds = new LinkedHashSet<>();
    @ElementCollection
    @CollectionTable(name = "beachhead_targets", joinColumns = @JoinColumn(name = "beachhead_id"))
    @Column(name = "account_id")
    private Set<Long> targetIds = new LinkedHashSet<>();

    protected Beachhead() {
    }

    public Beachhead(Industry industry) {
        this.industry = industry;
    }

    public Industry getIndustry() {
        return industry;
    }

    public @Nullable String getStrategy() {
        return strategy;
    }

    public Set<Long> getHeadPinIds() {
        return headPinIds;
    }

    public Set<Long> getTargetIds() {
        return targetIds;
    }

    public void change(@Nullable String strategy, Set<Long> headPins, Set<Long> targets) {
        this.strategy = strategy;
        headPinIds.clear();
        headPinIds.addAll(headPins);
        targetIds.clear();
        targetIds.addAll(targets);
    }
}
