package com.headpin.planning.ui;

import java.util.Map;

import com.headpin.planning.CalendarPeriod;
import com.headpin.planning.CalendarPeriodInput;
import com.headpin.planning.CompanyCalendarService;
import com.headpin.planning.PeriodKind;
import com.headpin.planning.ReminderAction;
import com.headpin.planning.ReminderRule;
import com.headpin.planning.internal.CalendarPeriodRow;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.StaleDataException;
import com.headpin.shared.ui.DateField;
import com.headpin.shared.ui.FieldErrors;
import com.headpin.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

/** Adds or changes a period of the company calendar; a period changed meanwhile by someone else is not overwritten. */
class CalendarPeriodDialog extends Dialog {

    private final Select<PeriodKind> kind = new Select<>();
    private final TextField label = new TextField();
    private final DateField from = new DateField();
    private final DateField to = new DateField();
    private final Checkbox everyYear = new Checkbox();
    private final Checkbox blackout = new Checkbox();
    private final Checkbox reminds = new Checkbox();
    private final IntegerField remindDays = new IntegerField();
    private final Select<ReminderAction> remindAction = new Select<>();
    private final Checkbox remindKeyOnly = new Checkbox();

    private final Runnable changed;

    /** {@code changed} runs after a save or delete: the list shows it at once, before the live update arrives. */
    CalendarPeriodDialog(CompanyCalendarService calendar, @Nullable CalendarPeriod period, Runnable changed) {
        this.changed = changed;
        setHeaderTitle(getTranslation(period == null ? "calendar.add" : "calendar.edit"));
        setWidth("min(36rem, 95vw)");
        kind.setId("period-kind");
        kind.setLabel(getTranslation("calendar.kind"));
        kind.setItems(PeriodKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        label.setId("period-label");
        label.setLabel(getTranslation("calendar.label"));
        label.setHelperText(getTranslation("calendar.label.help"));
        label.setMaxLength(CalendarPeriodRow.LABEL_MAX_LENGTH);
        from.setId("period-from");
        from.setLabel(getTranslation("calendar.from"));
        to.setId("period-to");
        to.setLabel(getTranslation("calendar.to"));
        everyYear.setId("period-every-year");
        everyYear.setLabel(getTranslation("calendar.every-year"));
        blackout.setId("period-blackout");
        blackout.setLabel(getTranslation("calendar.blackout"));
        blackout.setHelperText(getTranslation("calendar.blackout.help"));
        reminderFields();
        if (period != null) {
            kind.setValue(period.kind());
            label.setValue(period.label() == null ? "" : period.label());
            from.setValue(period.from());
            to.setValue(period.to());
            everyYear.setValue(period.everyYear());
            blackout.setValue(period.blackout());
            showReminder(period.reminder());
        } else {
            kind.setValue(PeriodKind.OTHER);
            blackout.setValue(true);
            showReminder(ReminderRule.NONE);
            // A new period starts with its kind's reminder; the editor may change it afterwards.
            kind.addValueChangeListener(e -> showReminder(ReminderRule.defaultFor(
                    e.getValue() == null ? PeriodKind.OTHER : e.getValue())));
        }
        FormLayout form = new FormLayout(kind, label, from, to, everyYear, blackout, reminds, remindDays,
                remindAction, remindKeyOnly);
        form.setColspan(reminds, 2);
        add(form);

        Button save = new Button(getTranslation("action.save"), e -> save(calendar, period));
        save.setId("period-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        if (period != null) {
            Button delete = new Button(getTranslation("action.delete"), e -> {
                try {
                    calendar.delete(period.id(), period.version());
                } catch (StaleDataException stale) {
                    Notifications.error("calendar.stale");
                }
                close();
                changed.run();
            });
            delete.setId("period-delete");
            delete.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            getFooter().add(delete);
        }
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void reminderFields() {
        reminds.setId("period-reminds");
        reminds.setLabel(getTranslation("calendar.reminds"));
        reminds.setHelperText(getTranslation("calendar.reminds.help"));
        remindDays.setId("period-remind-days");
        remindDays.setLabel(getTranslation("calendar.remind.days"));
        remindDays.setMin(0);
        remindDays.setMax(ReminderRule.MAX_DAYS_AHEAD);
        remindDays.setStepButtonsVisible(true);
        remindAction.setId("period-remind-action");
        remindAction.setLabel(getTranslation("calendar.remind.action"));
        remindAction.setItems(ReminderAction.values());
        remindAction.setItemLabelGenerator(a -> getTranslation(a.labelKey()));
        remindKeyOnly.setId("period-remind-key-only");
        remindKeyOnly.setLabel(getTranslation("calendar.remind.key-only"));
        reminds.addValueChangeListener(e -> enableReminder(e.getValue()));
    }

    private void showReminder(ReminderRule rule) {
        reminds.setValue(rule.reminds());
        remindDays.setValue(rule.daysAhead());
        remindAction.setValue(rule.action());
        remindKeyOnly.setValue(rule.keyAccountsOnly());
        enableReminder(rule.reminds());
    }

    private void enableReminder(boolean on) {
        remindDays.setEnabled(on);
        remindAction.setEnabled(on);
        remindKeyOnly.setEnabled(on);
    }

    private void save(CompanyCalendarService calendar, @Nullable CalendarPeriod period) {
        if (DateField.unreadable(java.util.List.of(from, to))) {
            return;
        }
        try {
            calendar.save(new CalendarPeriodInput(period == null ? null : period.id(),
                    period == null ? 0 : period.version(), kind.getValue(), label.getValue(), from.getValue(),
                    to.getValue(), everyYear.getValue(), blackout.getValue(),
                    new CalendarPeriodInput.ReminderInput(reminds.getValue(), remindDays.getValue(),
                            remindAction.getValue(), remindKeyOnly.getValue())));
        } catch (InvalidInputException invalid) {
            FieldErrors.show(invalid, Map.of("kind", kind, "label", label, "from", from, "to", to,
                    "remindDays", remindDays, "remindAction", remindAction));
            return;
        } catch (StaleDataException stale) {
            Notifications.error("calendar.stale");
        }
        close();
        changed.run();
    }
}
