package com.headpin.deals;

import java.util.Set;

import com.headpin.accounts.ContactReadGrant;
import com.headpin.deals.internal.DealRepository;
import com.headpin.deals.internal.DealSpecifications;
import com.headpin.organisation.Visibility;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whoever may see a deal (its deal team included, wherever the deal is placed) reads the contacts of its account:
 * the deal's buying influences and relationship map are those people.
 */
@Component
class DealContactReadGrant implements ContactReadGrant {

    private final DealRepository deals;
    private final Visibility visibility;

    DealContactReadGrant(DealRepository deals, Visibility visibility) {
        this.deals = deals;
        this.visibility = visibility;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayReadContacts(long accountId) {
        return deals.exists(DealSpecifications.visibleTo(visibility.current())
                .and(DealSpecifications.accountIn(Set.of(accountId))));
    }
}
