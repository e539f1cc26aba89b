package com.headpin.planning.ui;

import java.util.Optional;
import java.util.function.Supplier;

import com.headpin.collaboration.Timeline;
import com.headpin.collaboration.LiveUpdates;
import com.headpin.collaboration.ui.ActivityTimeline;
import com.headpin.collaboration.ui.LiveForm;
import com.headpin.collaboration.ui.LiveForms;
import com.headpin.planning.PlanningService;
import com.headpin.planning.PlanningTopics;
import com.headpin.planning.SalesPlanStatus;
import com.headpin.planning.SavedPlan;
import com.headpin.planning.SavedPlanPermissions;
import com.headpin.planning.SavedPlanService;
import com.headpin.security.UserSummary;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.StaleDataException;
import com.headpin.shared.ui.Notifications;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.jspecify.annotations.Nullable;

/**
 * One rep's plan for one year: the inputs (a shared form once saved: presence, others' saves live, conflicts asked),
 * where the plan stands, and only the steps the service allows the caller (save, submit, approve, return, reopen).
 * A new editor is built whenever the plan's status changes, so its fields and buttons always match it.
 */
class PlanEditor extends VerticalLayout implements PlanInputsEditor {

    /** What an editor works with; the planner view passes its own. */
    record Services(PlanningService planning, SavedPlanService saved, LiveForms liveForms, LiveUpdates liveUpdates,
                    Timeline timeline) {
    }

    private final Services services;
    private final UserSummary rep;
    private final int year;
    private final Runnable replan;
    private final Runnable rebuild;
    private final HasValidation yearField;
    private final PlanInputsForm form = new PlanInputsForm();
    private final PlanStatusBar status = new PlanStatusBar();
    private @Nullable SavedPlan current;
    private @Nullable LiveForm<SavedPlan> live;

    PlanEditor(Services services, UserSummary rep, int year, HasValidation yearField, Runnable replan,
               Runnable rebuild) {
        this.services = services;
        this.yearField = yearField;
        this.rep = rep;
        this.year = year;
        this.replan = replan;
        this.rebuild = rebuild;
        setPadding(false);
        setId("plan-editor");
        current = services.saved().find(rep.id(), year).orElse(null);
        SavedPlanPermissions may = services.saved().permissions(rep.id(), year);
        if (current == null) {
            form.show(services.planning().draft(rep.id(), year));
        } else {
            form.show(current.request());
            SalesPlanStatus shown = current.status();
            live = services.liveForms().open(this, PlanningTopics.SALES_PLAN.topic(current.id()), form.liveFields(),
                    current, SavedPlan::version, this::reload);
            live.onRecord(saved -> {
                current = saved;
                if (saved.status() != shown) {
                    rebuild.run();
                } else {
                    replan.run();
                }
            });
            status.avatars(live.avatars());
        }
        status.show(current);
        form.setReadOnly(!may.mayEdit());
        add(status, form, buttons(may));
        if (current != null) {
            ActivityTimeline activity = new ActivityTimeline(services.timeline(), services.liveUpdates(),
                    PlanningTopics.SALES_PLAN, current.id());
            activity.setId("plan-timeline-activity");
            Details history = new Details(getTranslation("timeline.title"), activity);
            history.setId("plan-activity");
            history.setWidthFull();
            add(history);
        }
    }

    /** Whether the rep's plan for the year is not saved yet (the draft defaults are shown). */
    boolean unsaved() {
        return current == null;
    }

    @Override
    public PlanInputsForm form() {
        return form;
    }

    @Override
    public int year() {
        return year;
    }

    @Override
    public HasValidation yearField() {
        return yearField;
    }

    private HorizontalLayout buttons(SavedPlanPermissions may) {
        Button make = button("plan-make", "planning.make", e -> replan.run());
        // Saved changes come back through the shared form (onRecord), which plans again; a new plan gets its editor.
        Button save = button("plan-save", "planning.saved.save", e -> save(saved -> {
            Notifications.success("planning.saved.saved");
            if (live == null) {
                rebuild.run();
            }
        }));
        save.setVisible(may.mayEdit());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button submit = button("plan-submit", "planning.saved.submit", e -> save(saved -> step(
                () -> services.saved().submit(saved.id(), saved.version()), "planning.saved.submitted")));
        submit.setVisible(may.maySubmit());
        Button approve = button("plan-approve", "planning.saved.approve", e -> step(
                () -> services.saved().approve(plan().id(), plan().version()), "planning.saved.approved"));
        approve.addThemeVariants(ButtonVariant.SUCCESS);
        // A refused reason stays in the dialog, at its field; anything else ends like the other steps.
        Button giveBack = button("plan-return", "planning.saved.return", e -> new ReturnPlanDialog(rep.fullName(),
                reason -> {
                    try {
                        services.saved().sendBack(plan().id(), plan().version(), reason);
                        Notifications.success("planning.saved.returned", rep.fullName(), year);
                    } catch (StaleDataException stale) {
                        Notifications.error("planning.saved.stale");
                    }
                    rebuild.run();
                }).open());
        approve.setVisible(may.mayDecide());
        giveBack.setVisible(may.mayDecide());
        boolean approved = current != null && current.status() == SalesPlanStatus.APPROVED;
        Button reopen = button("plan-reopen", approved ? "planning.saved.reopen" : "planning.saved.withdraw",
                e -> confirmReopen(approved));
        reopen.setVisible(may.mayReopen());
        HorizontalLayout buttons = new HorizontalLayout(make, save, submit, approve, giveBack, reopen);
        buttons.getStyle().set("flex-wrap", "wrap");
        return buttons;
    }

    /** Saves what the form shows: creates the plan, or stores the shared form on its version. */
    private void save(java.util.function.Consumer<SavedPlan> then) {
        form.clearErrors();
        if (live == null) {
            if (form.unreadable()) {
                return;
            }
            try {
                SavedPlan created = services.saved().create(rep.id(), request());
                current = created;
                then.accept(created);
            } catch (InvalidInputException invalid) {
                form.showErrors(invalid, yearField);
            }
            return;
        }
        live.save(version -> services.saved().update(plan().id(), version, request()), then);
    }

    private void confirmReopen(boolean approved) {
        String kind = approved ? "reopen" : "withdraw";
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("planning.saved." + kind + ".title"),
                getTranslation("planning.saved." + kind + ".message"), getTranslation("planning.saved." + kind),
                e -> step(() -> services.saved().reopen(plan().id(), plan().version()), "planning.saved.reopened"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setId("plan-reopen-confirm");
        confirm.open();
    }

    /** A change of status, then a fresh editor for the plan as it now stands. */
    private void step(Supplier<SavedPlan> action, String doneKey) {
        try {
            action.get();
            Notifications.success(doneKey, rep.fullName(), year);
        } catch (InvalidInputException invalid) {
            // Shown at the fields it names (a plan submitted without its quota), the rest as messages.
            form.showErrors(invalid, yearField);
            return;
        } catch (StaleDataException stale) {
            Notifications.error("planning.saved.stale");
        }
        rebuild.run();
    }

    private SavedPlan plan() {
        if (current == null) {
            throw new IllegalStateException("no saved plan");
        }
        return current;
    }

    private Optional<SavedPlan> reload() {
        return services.saved().find(rep.id(), year);
    }

    private Button button(String id, String key,
                          com.vaadin.flow.component.ComponentEventListener<com.vaadin.flow.component.ClickEvent<Button>> click) {
        Button button = new Button(getTranslation(key), click);
        button.setId(id);
        return button;
    }
}
