package com.headpin.planning.internal;

import com.headpin.planning.PlanRequest;
import com.headpin.shared.InputRules;

/** Field checks of a plan request: what cannot be read is refused at its field; odd values go to the planner. */
public final class PlanRules {

    private PlanRules() {
    }

    public static void check(PlanRequest request) {
        InputRules rules = new InputRules().amount("quota", request.quota()).amount("averageDeal",
                request.averageDeal());
        if (request.planYear() < 2000 || request.planYear() > 2100) {
            rules.reject("planYear", "validation.date.range");
        }
        if (request.closeFrom() == null) {
            rules.reject("closeFrom", "validation.required");
        }
        if (request.closeTo() == null) {
            rules.reject("closeTo", "validation.required");
        }
        if (request.seminarsPerWeek() < 0 || request.seminarsPerWeek() > PlanRequest.MAX_SEMINARS_PER_WEEK) {
            rules.reject("seminarsPerWeek", "planning.seminars-per-week.range");
        }
        if (request.travelDaysPerTrip() < 0 || request.travelDaysPerTrip() > PlanRequest.MAX_TRAVEL_DAYS) {
            rules.reject("travelDaysPerTrip", "planning.travel-days.range");
        }
        rules.check();
    }
}
