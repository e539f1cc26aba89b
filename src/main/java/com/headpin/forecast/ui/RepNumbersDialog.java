package com.headpin.forecast.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Supplier;

import com.headpin.collaboration.TimelineEntry;
import com.headpin.collaboration.ui.FormFields;
import com.headpin.collaboration.ui.LiveForm;
import com.headpin.collaboration.ui.LiveForms;
import com.headpin.forecast.AdjustmentInput;
import com.headpin.forecast.CallInput;
import com.headpin.forecast.ForecastCallService;
import com.headpin.forecast.ForecastTopics;
import com.headpin.forecast.Period;
import com.headpin.forecast.RepForecastEntry;
import com.headpin.forecast.internal.ForecastAdjustment;
import com.headpin.forecast.internal.ForecastCall;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.ui.Notifications;
import com.headpin.shared.ui.AmountField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.jspecify.annotations.Nullable;

/**
 * One rep's call (the rep) or adjustment (a manager above them) for the period, with who changed either and when.
 * Amounts are typed in the app's amount field. Each is a shared form on its own topic (rep and period): who else has it open,
 * their saves arriving live, and a save on a stale version resolved in the conflict dialog and saved again on the
 * newer one with the typed input kept.
 */
class RepNumbersDialog extends Dialog {

    /** The version of a call or adjustment not made yet. */
    private static final long NONE = -1;

    private final ForecastCallService calls;
    private final String periodKey;
    private final long repId;
    private final ZoneId zone;
    private final AmountField callAmount = amountField("forecast-call-amount");
    private final TextArea callNote = noteField("forecast-call-note");
    private final AmountField forecast = amountField("forecast-adjust-forecast");
    private final AmountField commitment = amountField("forecast-adjust-commitment");
    private final TextArea adjustmentNote = noteField("forecast-adjust-note");
    private final Div history = new Div();
    private final Button clear = new Button(getTranslation("forecast.adjust.clear"));
    /** The newest adjustment this dialog shows: clearing takes back only what the user sees. */
    private long adjustmentVersion;

    RepNumbersDialog(ForecastCallService calls, LiveForms liveForms, Period period, String periodLabel, long repId,
                     String repName, ZoneId zone) {
        this.calls = calls;
        this.periodKey = period.key();
        this.repId = repId;
        this.zone = zone;
        setId("forecast-rep-dialog");
        setHeaderTitle(repName + " · " + periodLabel);
        setWidth("min(36rem, 95vw)");
        RepForecastEntry entry = calls.entry(periodKey, repId);
        Supplier<Optional<RepForecastEntry>> reload = () -> Optional.of(calls.entry(periodKey, repId));
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        if (entry.mayCall()) {
            FormFields<RepForecastEntry> fields = new FormFields<RepForecastEntry>("forecast-call")
                    .field("amount", callAmount, "forecast.call", RepForecastEntry::call)
                    .text("note", callNote, "forecast.call-note", RepForecastEntry::callNote,
                            ForecastCall.NOTE_MAX_LENGTH);
            LiveForm<RepForecastEntry> form = liveForms.open(this, ForecastTopics.repCall(repId, period), fields,
                    entry, e -> version(e.callVersion()), reload);
            form.onRecord(e -> showHistory());
            getHeader().add(form.avatars());
            Button save = new Button(getTranslation("forecast.call.save"), e -> form.save(version -> calls.call(
                    new CallInput(repId, periodKey, callAmount.getValue(), callNote.getValue(),
                            stored(version))), saved -> Notifications.success("forecast.saved")));
            save.setId("forecast-call-save");
            save.addThemeVariants(ButtonVariant.PRIMARY);
            content.add(new H4(getTranslation("forecast.call.edit")), callAmount, callNote, save);
        }
        if (entry.mayAdjust()) {
            content.add(adjustment(liveForms, period, entry, reload));
        }
        history.setId("forecast-history");
        history.addClassName("forecast-history");
        content.add(new H4(getTranslation("forecast.history")), history);
        add(content);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
        showHistory();
    }

    private Div adjustment(LiveForms liveForms, Period period, RepForecastEntry entry,
                           Supplier<Optional<RepForecastEntry>> reload) {
        FormFields<RepForecastEntry> fields = new FormFields<RepForecastEntry>("forecast-adjust")
                .field("forecast", forecast, "forecast.adjusted-forecast", RepForecastEntry::forecastAdjustment)
                .field("commitment", commitment, "forecast.adjusted-commitment",
                        RepForecastEntry::commitmentAdjustment)
                .text("note", adjustmentNote, "forecast.adjustment-note", RepForecastEntry::adjustmentNote,
                        ForecastAdjustment.NOTE_MAX_LENGTH);
        LiveForm<RepForecastEntry> form = liveForms.open(this, ForecastTopics.repAdjustment(repId, period), fields,
                entry, e -> version(e.adjustmentVersion()), reload);
        adjustmentVersion = version(entry.adjustmentVersion());
        clear.setVisible(entry.adjusted());
        form.onRecord(e -> {
            adjustmentVersion = version(e.adjustmentVersion());
            clear.setVisible(e.adjusted());
            showHistory();
        });
        getHeader().add(form.avatars());
        Button save = new Button(getTranslation("forecast.adjust.save"), e -> form.save(version -> calls.adjust(
                new AdjustmentInput(repId, periodKey, forecast.getValue(), commitment.getValue(),
                        adjustmentNote.getValue(), stored(version))),
                saved -> Notifications.success("forecast.saved")));
        save.setId("forecast-adjust-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        clear.setId("forecast-adjust-clear");
        clear.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        clear.addClickListener(e -> {
            long shown = adjustmentVersion;
            form.save(version -> {
                if (version != shown) {
                    // Someone saved another adjustment meanwhile: it shows now; taking it back is asked again.
                    throw InvalidInputException.of("forecast", "forecast.stale");
                }
                return calls.clearAdjustment(periodKey, repId, version);
            }, saved -> Notifications.success("forecast.saved"));
        });
        Div hint = new Div(getTranslation("forecast.adjust.hint"));
        hint.addClassName("forecast-secondary");
        return new Div(new H4(getTranslation("forecast.adjust")), hint, forecast, commitment, adjustmentNote,
                new Div(save, clear));
    }

    private static long version(@Nullable Long stored) {
        return stored == null ? NONE : stored;
    }

    private static @Nullable Long stored(long version) {
        return version == NONE ? null : version;
    }

    private void showHistory() {
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

    private static AmountField amountField(String id) {
        AmountField field = new AmountField();
        field.setId(id);
        field.setWidthFull();
        return field;
    }

    private static TextArea noteField(String id) {
        TextArea field = new TextArea();
        field.setId(id);
        field.setWidthFull();
        return field;
    }
}
