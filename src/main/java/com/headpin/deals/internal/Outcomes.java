package com.headpin.deals.internal;

import java.time.LocalDate;

import com.headpin.deals.DealOutcome;
import com.headpin.deals.OutcomeInput;
import com.headpin.shared.InputRules;

/**
 * What each outcome needs: won — a final amount and a signing date not after today; lost — a reason (the competitor
 * who won is optional); delayed — a new expected close date after today; open — a closed or delayed deal back to
 * work.
 */
public final class Outcomes {

    private Outcomes() {
    }

    public static void check(Deal deal, OutcomeInput input, LocalDate today) {
        InputRules rules = new InputRules();
        if (input.outcome() == deal.getOutcome()) {
            rules.reject("outcome", "deal.outcome.same");
        }
        switch (input.outcome()) {
            case WON -> {
                if (input.finalAmount() == null) {
                    rules.reject("finalAmount", "validation.required");
                }
                rules.amount("finalAmount", input.finalAmount());
                if (input.signedOn() == null) {
                    rules.reject("signedOn", "validation.required");
                } else if (input.signedOn().isAfter(today)) {
                    rules.reject("signedOn", "deal.signed-on.future");
                }
                rules.date("signedOn", input.signedOn());
            }
            case LOST -> {
                rules.required("lostReason", input.lostReason())
                        .maxLength("lostReason", InputRules.trimToNull(input.lostReason()), Deal.REASON_MAX_LENGTH);
                if (InputRules.trimToNull(input.lostTo()) != null) {
                    rules.name("lostTo", input.lostTo(), Deal.COMPANY_NAME_MAX_LENGTH);
                }
            }
            case DELAYED -> {
                if (deal.getOutcome() != DealOutcome.OPEN) {
                    rules.reject("outcome", "deal.outcome.delay-open-only");
                }
                if (input.newExpectedClose() == null) {
                    rules.reject("newExpectedClose", "validation.required");
                } else if (!input.newExpectedClose().isAfter(today)) {
                    rules.reject("newExpectedClose", "deal.delay.future");
                }
                rules.date("newExpectedClose", input.newExpectedClose());
            }
            case OPEN -> { }
        }
        rules.check();
    }
}
