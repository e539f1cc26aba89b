package com.headpin.resources.internal;

import com.headpin.deals.DealDetails;
import com.headpin.deals.DealChoices;
import com.headpin.deals.DealService;
import com.headpin.resources.RequestPermissions;
import com.headpin.security.CurrentUser;
import com.headpin.security.Role;
import com.headpin.shared.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a deal's requests, from the deal's own rules: whoever may edit the open deal (its reps, the
 * managers above it, administrators; never a resource) requests; the managers above it as directors, and
 * administrators, assign and decline.
 */
@Component
public class DealAccess {

    private final DealService deals;
    private final CurrentUser currentUser;

    DealAccess(DealService deals, CurrentUser currentUser) {
        this.deals = deals;
        this.currentUser = currentUser;
    }

    /** The deal, if the caller may see it; else "deal.not-found", as for a missing deal. */
    public DealDetails load(long dealId) {
        return deals.find(dealId).orElseThrow(() -> InvalidInputException.of("deal", "deal.not-found"));
    }

    /** The deal, or null if the caller may not see it. */
    public @org.jspecify.annotations.Nullable DealDetails find(long dealId) {
        return deals.find(dealId).orElse(null);
    }

    public RequestPermissions permissions(DealDetails deal) {
        DealChoices choices = deals.choices(deal.id());
        boolean manages = currentUser.hasAny(Role.DIRECTOR, Role.ADMIN) && choices.mayOverride();
        return new RequestPermissions(deal.isOpen() && choices.mayEdit(), manages,
                com.headpin.resources.StageActivity.of(deal.stage()));
    }

    public DealDetails requireRequester(long dealId) {
        DealDetails deal = load(dealId);
        if (!permissions(deal).mayRequest()) {
            throw new AccessDeniedException("Requests come from the deal's rep or the managers above it");
        }
        return deal;
    }

    public DealDetails requireAssigner(long dealId) {
        DealDetails deal = load(dealId);
        if (!permissions(deal).mayAssign()) {
            throw new AccessDeniedException("The managers above a deal assign its requests");
        }
        return deal;
    }
}
