package com.headpin.deals.internal;

import com.headpin.accounts.Tier;
import com.headpin.deals.CloseQuarter;
import com.headpin.deals.DealFilter;
import com.headpin.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A user's saved deal filters, shared by the board and the deal list: one row per user. */
@Entity
@Table(name = "deal_filters")
public class DealFilterRow extends BaseEntity {

    @Column(name = "user_id", nullable = false, unique = true)
    private long userId;
    @Column(name = "owner_id")
    private @Nullable Long ownerId;
    @Column(name = "team_id")
    private @Nullable Long teamId;
    @Column(name = "region_id")
    private @Nullable Long regionId;
    @Column(name = "close_quarter", length = 7)
    private @Nullable String closeQuarter;
    @Enumerated(EnumType.STRING)
    @Column(name = "account_tier", length = 1)
    private @Nullable Tier tier;

    protected DealFilterRow() {
    }

    public DealFilterRow(long userId) {
        this.userId = userId;
    }

    public void save(DealFilter filter) {
        ownerId = filter.ownerId();
        teamId = filter.teamId();
        regionId = filter.regionId();
        closeQuarter = filter.closeQuarter() == null ? null : filter.closeQuarter().key();
        tier = filter.tier();
    }

    public DealFilter filter() {
        return new DealFilter("", ownerId, null, null, null, teamId, regionId, CloseQuarter.parse(closeQuarter),
                tier);
    }
}
