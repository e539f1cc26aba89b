package com.headpin.deals;

import java.util.List;
import java.util.Locale;

import com.headpin.accounts.AccountRecordAccess;
import com.headpin.collaboration.Mentionable;
import com.headpin.collaboration.RecordAccess;
import com.headpin.deals.internal.DealFinder;
import com.headpin.deals.internal.DealRepository;
import com.headpin.organisation.Visibility;
import com.headpin.security.UserAccountService;
import com.headpin.shared.RecordType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments on and notifications about deals follow the deals' visibility rule, the deal team counted in. Modules
 * whose records belong to a deal ([Stakeholders], [Resources]) answer their own {@link RecordAccess} with this one's
 * answer for the deal.
 */
@Component
public class DealRecordAccess implements RecordAccess {

    private final DealRepository deals;
    private final DealFinder finder;
    private final Visibility visibility;
    private final UserAccountService users;
    private final AccountRecordAccess accounts;

    DealRecordAccess(DealRepository deals, DealFinder finder, Visibility visibility, UserAccountService users,
                     AccountRecordAccess accounts) {
        this.deals = deals;
        this.finder = finder;
        this.visibility = visibility;
        this.users = users;
        this.accounts = accounts;
    }

    @Override
    public RecordType recordType() {
        return DealTopics.DEAL;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean canSee(long dealId) {
        return finder.find(dealId).isPresent();
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Mentionable> mentionable(long dealId) {
        return deals.findById(dealId).map(deal -> visibility.whoCanSee(users.activeUsers(), deal.getOwnerId(),
                        deal.getTeamId(), deal.getRegionId(), deal.participantIds()).stream()
                .map(user -> new Mentionable(user.id(), user.username(), user.fullName())).toList())
                .orElse(List.of());
    }

    /** "Account · deal", as the deal's page shows it; the deal alone for a reader who may not see the account. */
    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String name(long dealId, Locale locale) {
        return deals.findById(dealId).map(deal -> {
            long account = deal.getAccountId();
            return accounts.canSee(account) ? accounts.name(account, locale) + " · " + deal.getName() : deal.getName();
        }).orElse("");
    }

    /** Deals, and the records shown on a deal's page, lead there. */
    @Override
    public String link(long dealId) {
        return "deals/" + dealId;
    }
}
