package com.headpin.planning.internal;

import com.headpin.planning.PlanRequest;
import com.headpin.shared.InputRules;

/** Field checks of a plan request: what cannot be read is refused at its field; odd values go to the planner. */
public final class PlanRules {

    /** The years a plan can be made for. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    private static final String YEAR_RANGE = "planning.year.range";

    private PlanRules() {
    }

    /** Refuses, at {@code planYear}, a year no plan can be made for. */
    public static void checkYear(int planYear) {
        if (!plannableYear(planYear)) {
            throw com.headpin.shared.InvalidInputException.of("planYear", YEAR_RANGE);
        }
    }

    private static boolean plannableYear(int planYear) {
        return planYear >= FIRST_YEAR && planYear <= LAST_YEAR;
    }

    public static void check(PlanRequest request) {
        InputRules rules = new InputRules().amount("quota", request.quota()).amount("averageDeal",
                request.averageDeal());
        if (!plannableYear(request.planYear())) {
            rules.reject("planYear", YEAR_RANGE);
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
