package com.headpin.forecast.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Supplier;

import com.headpin.collaboration.TimelineEntry;
import com.headpin.forecast.AdjustmentInput;
import com.headpin.forecast.CallInput;
import com.headpin.forecast.ForecastCallService;
import com.headpin.forecast.RepForecastEntry;
import com.headpin.forecast.internal.ForecastCall;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.StaleDataException;
import com.headpin.shared.ui.AmountField;
import com.headpin.shared.ui.FieldErrors;
import com.headpin.shared.ui.Notifications;
import com.headpin.shared.ui.UnreadableInput;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * One rep's call (the rep) or adjustment (a manager above them) for the period, with who changed either and when.
 * Amounts are typed in the app's amount field; a save from a stale copy is refused and the dialog shows what is
 * stored now.
 */
class RepNumbersDialog extends Dialog {

    private final ForecastCallService calls;
    private final String periodKey;
    private final long repId;
    private final ZoneId zone;
    private final AmountField callAmount = amountField("forecast.call", "forecast-call-amount");
    private final TextArea callNote = noteField("forecast.call-note", "forecast-call-note");
    private final AmountField forecast = amountField("forecast.adjusted-forecast", "forecast-adjust-forecast");
    private final AmountField commitment = amountField("forecast.adjusted-commitment", "forecast-adjust-commitment");
    private final TextArea adjustmentNote = noteField("forecast.adjustment-note", "forecast-adjust-note");
    private final Div history = new Div();
    private final Button clear = new Button(getTranslation("forecast.adjust.clear"));
    private RepForecastEntry entry;

    RepNumbersDialog(ForecastCallService calls, String periodKey, String periodLabel, long repId, String repName,
                     ZoneId zone) {
        this.calls = calls;
        this.periodKey = periodKey;
        this.repId = repId;
        this.zone = zone;
        setId("forecast-rep-dialog");
        setHeaderTitle(repName + " · " + periodLabel);
        setWidth("min(36rem, 95vw)");
        entry = calls.entry(periodKey, repId);
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        if (entry.mayCall()) {
            Button save = new Button(getTranslation("forecast.call.save"), e -> saveCall());
            save.setId("forecast-call-save");
            save.addThemeVariants(ButtonVariant.PRIMARY);
            content.add(new H4(getTranslation("forecast.call.edit")), callAmount, callNote, save);
        }
        if (entry.mayAdjust()) {
            Button save = new Button(getTranslation("forecast.adjust.save"), e -> saveAdjustment());
            save.setId("forecast-adjust-save");
            save.addThemeVariants(ButtonVariant.PRIMARY);
            clear.setId("forecast-adjust-clear");
            clear.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            clear.addClickListener(e -> clearAdjustment());
            Div hint = new Div(getTranslation("forecast.adjust.hint"));
            hint.addClassName("forecast-secondary");
            content.add(new H4(getTranslation("forecast.adjust")), hint, forecast, commitment, adjustmentNote,
                    new Div(save, clear));
        }
        history.setId("forecast-history");
        history.addClassName("forecast-history");
        content.add(new H4(getTranslation("forecast.history")), history);
        add(content);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
        fill();
    }

    private void saveCall() {
        save(Map.of("amount", callAmount, "note", callNote), () -> calls.call(new CallInput(repId, periodKey,
                callAmount.getValue(), callNote.getValue(), entry.callVersion())));
    }

    private void saveAdjustment() {
        save(Map.of("forecast", forecast, "commitment", commitment, "note", adjustmentNote),
                () -> calls.adjust(new AdjustmentInput(repId, periodKey, forecast.getValue(),
                        commitment.getValue(), adjustmentNote.getValue(), entry.adjustmentVersion())));
    }

    private void clearAdjustment() {
        Long version = entry.adjustmentVersion();
        if (version != null) {
            save(Map.of(), () -> calls.clearAdjustment(periodKey, repId, version));
        }
    }

    private void save(Map<String, ? extends com.vaadin.flow.component.HasValidation> fields,
                      Supplier<RepForecastEntry> action) {
        if (UnreadableInput.anyIn(fields.values())) {
            return;
        }
        try {
            entry = action.get();
            fields.values().forEach(FieldErrors::clear);
            Notifications.success("forecast.saved");
            fill();
        } catch (InvalidInputException invalid) {
            FieldErrors.show(invalid, fields);
        } catch (StaleDataException stale) {
            // Someone saved first: show what is stored now; the user decides again.
            Notifications.error("forecast.stale");
            entry = calls.entry(periodKey, repId);
            fill();
        }
    }

    private void fill() {
        callAmount.setValue(entry.call());
        callNote.setValue(entry.callNote() == null ? "" : entry.callNote());
        forecast.setValue(entry.forecastAdjustment());
        commitment.setValue(entry.commitmentAdjustment());
        adjustmentNote.setValue(entry.adjustmentNote() == null ? "" : entry.adjustmentNote());
        clear.setVisible(entry.adjusted());
        history.removeAll();
        DateTimeFormatter time = DateTimeFormatter.ofPattern(getTranslation("timeline.time-format"), getLocale())
                .withZone(zone);
        var entries = calls.history(periodKey, repId);
        if (entries.isEmpty()) {
            history.add(new Div(getTranslation("timeline.empty")));
        }
        for (TimelineEntry change : entries) {
            history.add(new Div(line(change) + " · " + time.format(change.at())));
        }
    }

    private String line(TimelineEntry change) {
        String actor = change.actorId() == 0 ? getTranslation("timeline.system") : change.actorName();
        if (change.kind() == TimelineEntry.Kind.CREATED) {
            return getTranslation("timeline.created", actor);
        }
        String field = change.field() == null ? "" : getTranslation(change.field());
        String before = change.before() == null ? "" : change.before();
        String after = change.after() == null ? "" : change.after();
        if (before.isEmpty()) {
            return getTranslation("timeline.set", actor, field, after);
        }
        return after.isEmpty() ? getTranslation("timeline.cleared", actor, field, before)
                : getTranslation("timeline.changed", actor, field, before, after);
    }

    private AmountField amountField(String labelKey, String id) {
        AmountField field = new AmountField(getTranslation(labelKey));
        field.setId(id);
        field.setWidthFull();
        return field;
    }

    private TextArea noteField(String labelKey, String id) {
        TextArea field = new TextArea(getTranslation(labelKey));
        field.setId(id);
        field.setWidthFull();
        field.setMaxLength(ForecastCall.NOTE_MAX_LENGTH);
        return field;
    }
}
