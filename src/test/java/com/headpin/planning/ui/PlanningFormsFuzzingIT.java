package com.headpin.planning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;

import com.headpin.FormFuzzing;
import com.headpin.TestSessions;
import com.headpin.planning.SalesPlanStatus;
import com.headpin.planning.SavedPlan;
import com.headpin.planning.SavedPlanService;
import com.headpin.security.UserAccountService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Hostile input in the planner's saved-plan form (quota, average deal, seminars, travel days) and in the director's
 * reason for returning a plan: a message at the field, or a save that stores exactly what was typed. The same in a
 * team's inputs, which are only planned from.
 */
class PlanningFormsFuzzingIT extends FormFuzzing {

    /** A year of its own per test, so one test's submitted plan never locks another's form. */
    private static final int AMOUNTS_YEAR = 2034;
    private static final int COUNTS_YEAR = 2036;
    private static final int RETURN_YEAR = 2037;

    @Autowired
    SavedPlanService plans;
    @Autowired
    com.headpin.planning.TeamPlanningService teams;
    @Autowired
    UserAccountService users;
    @Autowired
    UserDetailsService userDetails;

    private long rep3;

    @BeforeEach
    void rep3() {
        rep3 = TestSessions.as(userDetails, "rep3", () -> users.me().id());
        openAs("rep3");
    }

    @Test
    void amounts() {
        for (String field : java.util.List.of("plan-quota", "plan-average-deal")) {
            AMOUNTS.forEach(input -> {
                String what = field + ": " + input;
                fresh(planner(AMOUNTS_YEAR));
                Optional<SavedPlan> before = plans.find(rep3, AMOUNTS_YEAR);
                type(field, input.value());
                Outcome outcome = attempt(what, "plan-save");
                SavedPlan after = plans.find(rep3, AMOUNTS_YEAR).orElse(null);
                if (outcome == Outcome.SAVED) {
                    assertThat(after).as(what).isNotNull();
                    BigDecimal stored = field.equals("plan-quota") ? after.request().quota()
                            : after.request().averageDeal();
                    assertThat(stored).as(what).isEqualByComparingTo(input.value());
                } else {
                    assertThat(after).as(what + ": refused, but the plan changed").isEqualTo(before.orElse(null));
                }
            });
        }
    }

    @Test
    void counts() {
        for (String field : java.util.List.of("plan-seminars-per-week", "plan-travel-days")) {
            INTEGERS.forEach(input -> {
                String what = field + ": " + input;
                fresh(planner(COUNTS_YEAR));
                Optional<SavedPlan> before = plans.find(rep3, COUNTS_YEAR);
                type(field, input.value());
                Outcome outcome = attempt(what, "plan-save");
                SavedPlan after = plans.find(rep3, COUNTS_YEAR).orElse(null);
                if (outcome == Outcome.SAVED) {
                    assertThat(after).as(what).isNotNull();
                    int stored = field.equals("plan-seminars-per-week") ? after.request().seminarsPerWeek()
                            : after.request().travelDaysPerTrip();
                    assertThat(stored).as(what).isEqualTo(input.value());
                } else {
                    assertThat(after).as(what + ": refused, but the plan changed").isEqualTo(before.orElse(null));
                }
            });
        }
    }

    @Test
    void returnReasonAsTheDirector() {
        openAs("north.director");
        TEXTS.forEach(input -> {
            String what = "return reason: " + input;
            SavedPlan submitted = submittedPlan();
            fresh(planner(RETURN_YEAR));
            _clickButton("plan-return");
            type("plan-return-reason", input.value());
            Outcome outcome = attempt(what, "plan-return-confirm");
            SavedPlan after = plans.find(rep3, RETURN_YEAR).orElseThrow();
            assertStored(what, outcome, input.value(), outcome == Outcome.SAVED ? after.returnReason()
                    : after.status(), SalesPlanStatus.SUBMITTED);
            assertThat(after.version() > submitted.version() || outcome == Outcome.REFUSED).as(what).isTrue();
        });
    }

    /** A team's plan is only worked out: hostile input is said at the field, or planned (or explained), never a 500. */
    @Test
    void teamInputsAsTheDirector() {
        openAs("north.director");
        long north = TestSessions.as(userDetails, "north.director", () -> teams.plannableTeams().getFirst().unitId());
        String team = "planner/team/" + north + "/" + COUNTS_YEAR;
        for (String field : java.util.List.of("plan-quota", "plan-average-deal")) {
            AMOUNTS.forEach(input -> {
                fresh(team);
                type(field, input.value());
                attempt("team " + field + ": " + input, "plan-make");
            });
        }
        for (String field : java.util.List.of("plan-seminars-per-week", "plan-travel-days")) {
            INTEGERS.forEach(input -> {
                fresh(team);
                type(field, input.value());
                attempt("team " + field + ": " + input, "plan-make");
            });
        }
    }

    /** rep3's plan, waiting for approval (saved, or reopened and submitted again). */
    private SavedPlan submittedPlan() {
        return TestSessions.as(userDetails, "rep3", () -> {
            SavedPlan plan = plans.find(rep3, RETURN_YEAR).orElseGet(() -> plans.create(rep3, new com.headpin
                    .planning.PlanRequest(RETURN_YEAR, new BigDecimal("5000000"), new BigDecimal("1000000"),
                    java.time.YearMonth.of(RETURN_YEAR, 5), java.time.YearMonth.of(RETURN_YEAR, 11),
                    java.time.YearMonth.of(RETURN_YEAR, 12), 2, 1)));
            if (plan.status() == SalesPlanStatus.SUBMITTED) {
                return plan;
            }
            if (!plan.status().editable()) {
                plan = plans.reopen(plan.id(), plan.version());
            }
            return plans.submit(plan.id(), plan.version());
        });
    }

    private String planner(int year) {
        return "planner/" + rep3 + "/" + year;
    }

    private static void _clickButton(String id) {
        com.github.mvysny.kaributesting.v10.LocatorJ._click(com.github.mvysny.kaributesting.v10.LocatorJ._get(
                com.vaadin.flow.component.button.Button.class, spec -> spec.withId(id)));
    }
}
