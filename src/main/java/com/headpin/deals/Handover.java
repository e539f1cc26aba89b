package com.headpin.deals;

import java.util.List;

import com.headpin.security.UserSummary;

/**
 * What handing over a person's work would move — their open (and delayed) deals and their accounts, those the caller
 * manages — and to whom it may go: active people the caller may make owners.
 */
public record Handover(UserSummary person, int openDeals, int accounts, List<UserSummary> newOwners) {

    public Handover {
        newOwners = List.copyOf(newOwners);
    }
}
