package com.headpin.deals;

import java.time.Clock;
import java.util.Set;

import com.headpin.deals.internal.Deal;
import com.headpin.deals.internal.DealFinder;
import com.headpin.deals.internal.DealRepository;
import com.headpin.organisation.Visibility;
import com.headpin.shared.RecordChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deal team as other modules change it: a manager above a deal puts a person assigned to it ([Resources]) on its
 * team in the matching role, so the person opens the deal wherever it is placed through the same participant rule
 * as every other team member; no second access rule in another module.
 */
@Service
@Transactional
public class DealTeamService {

    private final DealRepository deals;
    private final DealFinder finder;
    private final Visibility visibility;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DealTeamService(DealRepository deals, DealFinder finder, Visibility visibility, ApplicationEventPublisher events,
                    Clock clock) {
        this.deals = deals;
        this.finder = finder;
        this.visibility = visibility;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Adds the person to the team of a deal the caller manages (a director above it, or an administrator); nothing
     * when they are on it in that role already. The deal's version moves, so an open deal form sees the new team.
     */
    @PreAuthorize("hasAnyRole('DIRECTOR', 'ADMIN')")
    public void addMember(long dealId, long userId, DealRole role) {
        Deal deal = finder.load(dealId);
        if (!deal.managedBy(visibility.current())) {
            throw new AccessDeniedException("Only the managers above a deal change its team from elsewhere");
        }
        if (deal.join(new DealTeamMember(userId, role), clock.instant())) {
            deals.saveAndFlush(deal);
            events.publishEvent(RecordChanged.of(DealTopics.DEAL, dealId, Set.of("team"), DealTopics.LIST));
        }
    }
}
