package com.headpin.planning.ui;

import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Map;

import com.headpin.planning.PlanDraft;
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

    private final IntegerField year = new IntegerField();
    private final AmountField quota = new AmountField();
    private final AmountField averageDeal = new AmountField();
    private final Select<Month> closeFrom = monthSelect("plan-close-from");
    private final Select<Month> closeTo = monthSelect("plan-close-to");
    private final Select<Month> buffer = monthSelect("plan-buffer");
    private final IntegerField seminarsPerWeek = new IntegerField();
    private final IntegerField travelDays = new IntegerField();

    PlanInputsForm() {
        year.setId("plan-year");
        year.setLabel(getTranslation("planning.year"));
        year.setStepButtonsVisible(true);
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
        form.add(year, quota, averageDeal, closeFrom, closeTo, buffer, seminarsPerWeek, travelDays);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("60em", 4));
    }

    void show(PlanDraft draft) {
        PlanRequest request = draft.request();
        year.setValue(request.planYear());
        quota.setValue(request.quota());
        // Says whether the quota came from [Forecast] or is typed in.
        quota.setHint(getTranslation(draft.quotaFromForecast() ? "planning.quota.from-forecast"
                : "planning.quota.typed"));
        averageDeal.setValue(request.averageDeal());
        averageDeal.setHint(draft.wonDeals() > 0 ? getTranslation("planning.average-deal.won", draft.wonDeals())
                : getTranslation("planning.average-deal.none"));
        closeFrom.setValue(month(request.closeFrom()));
        closeTo.setValue(month(request.closeTo()));
        buffer.setValue(month(request.buffer()));
        seminarsPerWeek.setValue(request.seminarsPerWeek());
        travelDays.setValue(request.travelDaysPerTrip());
    }

    int year() {
        return year.getValue() == null ? 0 : year.getValue();
    }

    PlanRequest request() {
        int planYear = year();
        return new PlanRequest(planYear, quota.getValue(), averageDeal.getValue(), yearMonth(planYear, closeFrom),
                yearMonth(planYear, closeTo), yearMonth(planYear, buffer),
                seminarsPerWeek.getValue() == null ? -1 : seminarsPerWeek.getValue(),
                travelDays.getValue() == null ? -1 : travelDays.getValue());
    }

    /** Whether an amount is typed unreadably (said at the field): nothing can be planned from it. */
    boolean unreadable() {
        return UnreadableInput.anyIn(java.util.List.of(quota, averageDeal));
    }

    void showErrors(InvalidInputException invalid) {
        Map<String, HasValidation> fields = Map.of("planYear", year, "quota", quota, "averageDeal", averageDeal,
                "closeFrom", closeFrom, "closeTo", closeTo, "seminarsPerWeek", seminarsPerWeek,
                "travelDaysPerTrip", travelDays);
        FieldErrors.show(invalid, fields);
    }

    void clearErrors() {
        java.util.List.<HasValidation>of(year, quota, averageDeal, closeFrom, closeTo, seminarsPerWeek, travelDays)
                .forEach(FieldErrors::clear);
    }

    private static @Nullable YearMonth yearMonth(int planYear, Select<Month> month) {
        return month.getValue() == null || planYear < 1 || planYear > 9999 ? null : YearMonth.of(planYear, month.getValue());
    }

    private static @Nullable Month month(@Nullable YearMonth month) {
        return month == null ? null : month.getMonth();
    }

    private Select<Month> monthSelect(String id) {
        Select<Month> select = new Select<>();
        select.setId(id);
        select.setItems(Month.values());
        select.setItemLabelGenerator(m -> m == null ? "" : m.getDisplayName(TextStyle.FULL, getLocale()));
        return select;
    }
}
