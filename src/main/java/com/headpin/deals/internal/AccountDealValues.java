package com.headpin.deals.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import com.headpin.accounts.AccountValueSource;
import com.headpin.accounts.FunnelPosition;
import com.headpin.accounts.FunnelPositionSource;
import org.springframework.stereotype.Component;

/**
 * Deals tell accounts what they are worth (20/80 tiers) and where they stand in the funnel: in with an open deal,
 * below once signed with none open, above when every deal was lost or parked.
 */
@Component
class AccountDealValues implements AccountValueSource, FunnelPositionSource {

    private final AccountDealRepository deals;

    AccountDealValues(AccountDealRepository deals) {
        this.deals = deals;
    }

    /** Accounts with open or won deals; those whose deals all ended otherwise count with their potential. */
    @Override
    public Map<Long, BigDecimal> values() {
        return deals.perAccount().stream().filter(row -> row.getOpenDeals() + row.getWonDeals() > 0)
                .collect(Collectors.toMap(AccountDealRow::getAccountId, AccountDealRow::getDealValue));
    }

    @Override
    public Map<Long, FunnelPosition> positions(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return deals.perAccount(accountIds).stream().collect(Collectors.toMap(AccountDealRow::getAccountId,
                row -> row.getOpenDeals() > 0 ? FunnelPosition.IN
                        : row.getWonDeals() > 0 ? FunnelPosition.BELOW : FunnelPosition.ABOVE));
    }
}
