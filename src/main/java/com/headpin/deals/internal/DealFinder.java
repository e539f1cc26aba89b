package com.headpin.deals.internal;

import java.util.Optional;

import com.headpin.organisation.Visibility;
import com.headpin.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/** Deals as the caller may see them: a missing deal and one outside the caller's part answer alike. */
@Component
public class DealFinder {

    private final DealRepository deals;
    private final Visibility visibility;

    DealFinder(DealRepository deals, Visibility visibility) {
        this.deals = deals;
        this.visibility = visibility;
    }

    public Optional<Deal> find(long id) {
        return deals.findById(id).filter(this::visible);
    }

    /** A visible deal, else {@code InvalidInputException} "deal.not-found". */
    public Deal load(long id) {
        return find(id).orElseThrow(() -> InvalidInputException.of("deal", "deal.not-found"));
    }

    public boolean visible(Deal deal) {
        return deal.visibleTo(visibility.current());
    }
}
