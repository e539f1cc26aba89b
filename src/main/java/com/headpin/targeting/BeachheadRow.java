package com.headpin.targeting;

import com.headpin.accounts.AccountSummary;
import com.headpin.accounts.Industry;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One industry's bowling-pin plan as the caller may see it: head pins and look-alikes are limited to visible
 * accounts, each head pin with its showcase evidence.
 */
public record BeachheadRow(Industry industry, long version, @Nullable String strategy, List<HeadPin> headPins,
                            List<AccountSummary> lookAlikes) {

    public record HeadPin(AccountSummary account, List<Showcase> showcase) {

        /** How many of the showcase kinds are achieved (with a date). */
        public long achievedKinds() {
            return showcase.stream().filter(s -> s.achievedOn() != null).map(Showcase::kind).distinct().count();
        }
    }
}
