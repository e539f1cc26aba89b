package com.headpin.planning.ui;

import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Map;

import java.math.BigDecimal;

import com.headpin.collaboration.ui.FormFields;
import com.headpin.planning.PlanDraft;
import com.headpin.planning.SavedPlan;
import com.headpin.shared.Money;
import com.vaadin.flow.component.HasValue;
import com.headpin.planning.PlanRequest;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.ui.AmountField;
import com.headpin.shared.ui.FieldErrors;
import com.headpin.shared.ui.UnreadableInput;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import org.jspecify.annotations.Nullable;

/**
 * What a plan is made from. The quota comes from [Forecast] when the rep has one (else it is typed in); the average
 * deal starts from the rep's won deals; window, buffer, seminars and travel start from the method's defaults.
 */
class PlanInputsForm extends Composite<FormLayout> {

    private final AmountField quota = new AmountField();
    private final AmountField averageDeal = new AmountField();
    private final Select<Month> closeFrom = monthSelect("plan-close-from");
    private final Select<Month> closeTo = monthSelect("plan-close-to");
    private final Select<Month> buffer = monthSelect("plan-buffer");
    private final IntegerField seminarsPerWeek = new IntegerField();
    private final IntegerField travelDays = new IntegerField();

    PlanInputsForm() {
        quota.setId("plan-quota");
        quota.setLabel(getTranslation("planning.quota"));
        averageDeal.setId("plan-average-deal");
        averageDeal.setLabel(getTranslation("planning.average-deal"));
        closeFrom.setLabel(getTranslation("planning.close-from"));
        closeTo.setLabel(getTranslation("planning.close-to"));
        buffer.setLabel(getTranslation("planning.buffer"));
        buffer.setEmptySelectionAllowed(true);
        buffer.setEmptySelectionCaption(getTranslation("planning.no-buffer"));
        seminarsPerWeek.setId("plan-seminars-per-week");
        seminarsPerWeek.setLabel(getTranslation("planning.seminars-per-week"));
        seminarsPerWeek.setMin(0);
        seminarsPerWeek.setMax(PlanRequest.MAX_SEMINARS_PER_WEEK);
        seminarsPerWeek.setStepButtonsVisible(true);
        travelDays.setId("plan-travel-days");
        travelDays.setLabel(getTranslation("planning.travel-days-per-trip"));
        travelDays.setMin(0);
        travelDays.setMax(PlanRequest.MAX_TRAVEL_DAYS);
        travelDays.setStepButtonsVisible(true);
        FormLayout form = getContent();
        form.add(quota, averageDeal, closeFrom, closeTo, buffer, seminarsPerWeek, travelDays);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("60em", 4));
    }

    /** A new plan's starting point, saying where the quota and the average deal came from. */
    void show(PlanDraft draft) {
        show(draft.request());
        // Says whether the quota came from [Forecast] or is typed in.
        hints(getTranslation(draft.quotaFromForecast() ? "planning.quota.from-forecast" : "planning.quota.typed"),
                draft.wonDeals() > 0 ? getTranslation("planning.average-deal.won", draft.wonDeals())
                        : getTranslation("planning.average-deal.none"));
    }

    /** Where the quota and the average deal shown came from. */
    void hints(String quotaHint, String averageDealHint) {
        quota.setHint(quotaHint);
        averageDeal.setHint(averageDealHint);
    }

    /** For a team: the seminars asked are each rep's, the hint says what the team holds a week. */
    void seminarsPerRep(int reps) {
        seminarsPerWeek.setLabel(getTranslation("planning.team.seminars-per-rep"));
        seminarsPerWeek.setHelperText(getTranslation("planning.team.seminars-per-rep.hint", reps));
    }

    /** The fields kept together with others on a saved plan, named as the service names them in errors. */
    FormFields<SavedPlan> liveFields() {
        return new FormFields<SavedPlan>("plan")
                .field("quota", quota, "planning.quota", p -> p.request().quota(), this::money)
                .field("averageDeal", averageDeal, "planning.average-deal", p -> p.request().averageDeal(),
                        this::money)
                .field("closeFrom", closeFrom, "planning.close-from", p -> month(p.request().closeFrom()))
                .field("closeTo", closeTo, "planning.close-to", p -> month(p.request().closeTo()))
                .field("buffer", buffer, "planning.buffer", p -> month(p.request().buffer()))
                .field("seminarsPerWeek", seminarsPerWeek, "planning.seminars-per-week",
                        p -> p.request().seminarsPerWeek())
                .field("travelDaysPerTrip", travelDays, "planning.travel-days-per-trip",
                        p -> p.request().travelDaysPerTrip());
    }

    /** Read-only while the plan waits for approval or is approved (the service says when). */
    void setReadOnly(boolean readOnly) {
        java.util.List.<HasValue<?, ?>>of(quota, averageDeal, closeFrom, closeTo, buffer, seminarsPerWeek, travelDays)
                .forEach(field -> field.setReadOnly(readOnly));
    }

    void show(PlanRequest request) {
        quota.setValue(request.quota());
        averageDeal.setValue(request.averageDeal());
        closeFrom.setValue(month(request.closeFrom()));
        closeTo.setValue(month(request.closeTo()));
        buffer.setValue(month(request.buffer()));
        seminarsPerWeek.setValue(request.seminarsPerWeek());
        travelDays.setValue(request.travelDaysPerTrip());
    }

    PlanRequest request(int planYear) {
        return new PlanRequest(planYear, quota.getValue(), averageDeal.getValue(), yearMonth(planYear, closeFrom),
                yearMonth(planYear, closeTo), yearMonth(planYear, buffer),
                seminarsPerWeek.getValue() == null ? -1 : seminarsPerWeek.getValue(),
                travelDays.getValue() == null ? -1 : travelDays.getValue());
    }

    /** Whether an amount is typed unreadably (said at the field): nothing can be planned from it. */
    boolean unreadable() {
        return UnreadableInput.anyIn(java.util.List.of(quota, averageDeal));
    }

    void showErrors(InvalidInputException invalid, HasValidation year) {
        Map<String, HasValidation> fields = Map.of("planYear", year, "quota", quota, "averageDeal", averageDeal,
                "closeFrom", closeFrom, "closeTo", closeTo, "seminarsPerWeek", seminarsPerWeek,
                "travelDaysPerTrip", travelDays);
        FieldErrors.show(invalid, fields);
    }

    void clearErrors() {
        java.util.List.<HasValidation>of(quota, averageDeal, closeFrom, closeTo, seminarsPerWeek, travelDays)
                .forEach(FieldErrors::clear);
    }

    private static @Nullable YearMonth yearMonth(int planYear, Select<Month> month) {
        return month.getValue() == null || planYear < 1 || planYear > 9999 ? null : YearMonth.of(planYear, month.getValue());
    }

    private static @Nullable Month month(@Nullable YearMonth month) {
        return month == null ? null : month.getMonth();
    }

    private String money(BigDecimal amount) {
        return Money.format(amount, getLocale());
    }

    private Select<Month> monthSelect(String id) {
        Select<Month> select = new Select<>();
        select.setId(id);
        select.setItems(Month.values());
        select.setItemLabelGenerator(m -> m == null ? "" : m.getDisplayName(TextStyle.FULL, getLocale()));
        return select;
    }
}
