package com.headpin.accountplans.ui;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.headpin.FormFuzzing;
import com.headpin.accountplans.AccountPlanService;
import com.headpin.accountplans.ActionRow;
import com.headpin.accountplans.GoalRow;
import com.headpin.accountplans.PlanDetails;
import com.headpin.accountplans.PlanNarrative;
import com.headpin.accountplans.RelationshipRow;
import com.headpin.accounts.AccountInput;
import com.headpin.accounts.AccountService;
import com.headpin.accounts.ContactInput;
import com.headpin.accounts.ContactService;
import com.headpin.accounts.FunnelPosition;
import com.headpin.accounts.Industry;
import com.headpin.accounts.Nature;
import com.headpin.accounts.SizeBand;
import com.headpin.security.CurrentUser;
import com.headpin.shared.BusinessCalendar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.tabs.TabSheet;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Hostile input in an account plan: the narrative, the whitespace lists, goals, actions and relationships. */
class PlanFormsFuzzingIT extends FormFuzzing {

    private static final Map<String, Function<PlanNarrative, @Nullable Object>> NARRATIVE = new LinkedHashMap<>();

    static {
        NARRATIVE.put("businessGoals", PlanNarrative::businessGoals);
        NARRATIVE.put("challenges", PlanNarrative::challenges);
        NARRATIVE.put("strengths", PlanNarrative::strengths);
        NARRATIVE.put("vulnerabilities", PlanNarrative::vulnerabilities);
        NARRATIVE.put("competitors", PlanNarrative::competitors);
        NARRATIVE.put("partners", PlanNarrative::partners);
        NARRATIVE.put("strategies", PlanNarrative::strategies);
    }

    @Autowired
    AccountService accounts;
    @Autowired
    ContactService contacts;
    @Autowired
    AccountPlanService plans;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    BusinessCalendar calendar;

    private long accountId;
    private long planId;
    private int serial;

    @BeforeEach
    void aPlanOfItsOwn() {
        openAs("rep3");
        accountId = accounts.create(new AccountInput(0, "Fuzz plan " + System.nanoTime(), null, Industry.ENERGY,
                Nature.PRIVATE, SizeBand.MEDIUM, null, null, currentUser.requireId(), FunnelPosition.ABOVE, null,
                null, null, null, BigDecimal.ZERO, null, Set.of())).id();
        contacts.create(accountId, new ContactInput(0, "Fuzz person", null, null, null, null, null, null, null, null));
        planId = plans.create(accountId, calendar.today().getYear()).id();
    }

    @Test
    void narrative() {
        NARRATIVE.forEach((field, stored) -> TEXTS.forEach(input -> {
            String what = "plan narrative, " + field + ": " + input;
            PlanDetails before = plans.plan(planId);
            openPlan();
            type("plan-" + field, input.value());
            Outcome outcome = attempt(what, "plan-save-narrative");
            assertStored(what, outcome, input.value(), stored.apply(plans.plan(planId).narrative()),
                    stored.apply(before.narrative()));
        }));
    }

    @Test
    void whitespaceLists() {
        Map<String, Function<PlanDetails, List<String>>> lists = Map.of("plan-offerings", PlanDetails::offerings,
                "plan-business-units", PlanDetails::businessUnits);
        lists.forEach((field, stored) -> TEXTS.forEach(input -> {
            String what = "whitespace, " + field + ": " + input;
            PlanDetails before = plans.plan(planId);
            openPlan();
            type(field, input.value());
            Outcome outcome = attempt(what, "plan-whitespace-apply");
            List<String> after = stored.apply(plans.plan(planId));
            if (outcome == Outcome.SAVED) {
                assertThat(after).as(what).isEqualTo(Arrays.stream(input.value().split("\\R")).map(String::strip)
                        .filter(line -> !line.isEmpty()).distinct().toList());
            } else {
                assertThat(after).as(what).isEqualTo(stored.apply(before));
            }
        }));
    }

    @Test
    void goalDialog() {
        Map<String, Function<GoalRow, @Nullable Object>> fields = new LinkedHashMap<>();
        fields.put("goal-text", GoalRow::goal);
        fields.put("goal-measure", GoalRow::measure);
        fields.put("goal-target", GoalRow::target);
        fields.forEach((field, stored) -> TEXTS.forEach(input -> {
            String what = "new goal, " + field + ": " + input;
            openGoal();
            if (!field.equals("goal-text")) {
                type("goal-text", "Fuzz goal " + ++serial);
            }
            type(field, input.value());
            attemptAdd(what, "save-goal", () -> plans.plan(planId).goals(), GoalRow::id,
                    holds(what, input.value(), stored));
        }));
        DATES.forEach(input -> {
            String what = "new goal, due: " + input;
            openGoal();
            type("goal-text", "Fuzz goal " + ++serial);
            type("goal-due", input.value());
            attemptAdd(what, "save-goal", () -> plans.plan(planId).goals(), GoalRow::id,
                    saved -> assertThat(saved.dueDate()).as(what).isEqualTo(input.value()));
        });
    }

    @Test
    void actionDialog() {
        TEXTS.forEach(input -> {
            String what = "new action, title: " + input;
            openAction();
            type("action-title", input.value());
            attemptAdd(what, "save-action", () -> plans.plan(planId).actions(), ActionRow::id,
                    holds(what, input.value(), ActionRow::title));
        });
        DATES.forEach(input -> {
            String what = "new action, due: " + input;
            openAction();
            type("action-title", "Fuzz action " + ++serial);
            type("action-due", input.value());
            attemptAdd(what, "save-action", () -> plans.plan(planId).actions(), ActionRow::id,
                    saved -> assertThat(saved.dueDate()).as(what).isEqualTo(input.value()));
        });
    }

    @Test
    void relationshipDialog() {
        TEXTS.forEach(input -> {
            String what = "new relationship, objective: " + input;
            openPlan();
            _click(_get(Button.class, spec -> spec.withId("plan-add-relationship")));
            chooseFirst("relationship-contact");
            chooseFirst("relationship-developer");
            type("relationship-objective", input.value());
            attemptAdd(what, "save-relationship", () -> plans.plan(planId).relationships(), RelationshipRow::id,
                    holds(what, input.value(), RelationshipRow::objective));
        });
    }

    private void openPlan() {
        fresh("accounts/" + accountId);
        _get(TabSheet.class).setSelectedIndex(3);
    }

    private void openGoal() {
        openPlan();
        _click(_get(Button.class, spec -> spec.withId("plan-add-goal")));
    }

    private void openAction() {
        openPlan();
        _click(_get(Button.class, spec -> spec.withId("plan-add-action")));
    }

    @SuppressWarnings("unchecked")
    private static void chooseFirst(String id) {
        ComboBox<Object> combo = _get(ComboBox.class, spec -> spec.withId(id));
        _setValue(combo, combo.getListDataView().getItems().findFirst().orElseThrow());
    }
}
