package com.headpin.planning.ui;

import java.util.List;
import java.util.Locale;

import com.headpin.collaboration.LiveUpdates;
import com.headpin.collaboration.Timeline;
import com.headpin.collaboration.ui.LiveForms;
import com.headpin.deals.DealTopics;
import com.headpin.planning.PlanningService;
import com.headpin.planning.PlanningTopics;
import com.headpin.planning.RepPlan;
import com.headpin.planning.SavedPlanService;
import com.headpin.security.CurrentUser;
import com.headpin.security.Role;
import com.headpin.security.UserSummary;
import com.headpin.shared.BusinessCalendar;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.ui.FieldErrors;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.WildcardParameter;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * The backward planner (从后向前计划): a rep's quota turned into deals, closes, a schedule of seminars and stages
 * around the company calendar's blackouts, monthly targets and effort, and the real funnel against it. Reps plan
 * for themselves, directors for the reps they manage; the plan is saved per rep and year, submitted to and approved
 * by a director above the rep. {@code planner/<repId>/<year>} opens one rep's year (links from notifications and
 * the home card).
 */
@Route("planner")
@RolesAllowed({Role.Names.ADMIN, Role.Names.DIRECTOR, Role.Names.REP})
@Menu(order = 22.7, title = "nav.planner", icon = "vaadin:calendar-clock")
class PlannerView extends VerticalLayout implements HasDynamicTitle, HasUrlParameter<String> {

    private final PlanningService planning;
    private final PlanEditor.Services services;
    private final BusinessCalendar calendar;
    private final ComboBox<UserSummary> rep = new ComboBox<>();
    private final IntegerField year = new IntegerField();
    private final Div editorBox = new Div();
    private final PlanResults results = new PlanResults();
    private final List<UserSummary> people;
    private final Locale locale;
    private @Nullable PlanEditor editor;

    PlannerView(PlanningService planning, SavedPlanService saved, LiveForms liveForms, Timeline timeline,
                BusinessCalendar calendar, LiveUpdates liveUpdates, CurrentUser currentUser) {
        this.planning = planning;
        this.calendar = calendar;
        this.services = new PlanEditor.Services(planning, saved, liveForms, liveUpdates, timeline);
        this.locale = getLocale();
        rep.setId("plan-rep");
        rep.setLabel(getTranslation("planning.rep"));
        rep.setItemLabelGenerator(UserSummary::fullName);
        people = planning.plannable();
        rep.setItems(people);
        // A rep planning only for themself has nothing to choose.
        rep.setVisible(people.size() > 1 || people.stream().anyMatch(p -> p.id() != currentUser.requireId()));
        year.setId("plan-year");
        year.setLabel(getTranslation("planning.year"));
        year.setStepButtonsVisible(true);
        FormLayout choice = new FormLayout(rep, year);
        choice.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("60em", 4));
        editorBox.setWidthFull();
        results.setWidthFull();
        add(new Paragraph(getTranslation("planning.intro")), choice, editorBox, results);
        if (people.isEmpty()) {
            year.setEnabled(false);
            results.nobody();
            return;
        }
        rep.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                showPlan();
            }
        });
        year.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                showPlan();
            }
        });
        // The funnel, the sales process and the calendar all change what the plan says.
        liveUpdates.subscribe(this, DealTopics.LIST, changes -> replan());
        liveUpdates.subscribe(this, PlanningTopics.CALENDAR, changes -> replan());
        // Someone saved the plan shown here as unsaved defaults: show theirs, shared.
        liveUpdates.subscribe(this, PlanningTopics.SALES_PLANS, changes -> {
            if (editor != null && editor.unsaved() && rep.getValue() != null && year.getValue() != null
                    && saved.find(rep.getValue().id(), year.getValue()).isPresent()) {
                showPlan();
            }
        });
    }

    /** {@code ""}, or {@code "<repId>/<year>"} to open that rep's plan for that year. */
    @Override
    public void setParameter(BeforeEvent event, @WildcardParameter String parameter) {
        if (people.isEmpty()) {
            return;
        }
        UserSummary chosen = people.getFirst();
        int planYear = calendar.today().getYear() + 1;
        String[] parts = parameter.split("/");
        if (parts.length == 2 && parts[0].matches("\\d{1,18}") && parts[1].matches("\\d{4}")) {
            long repId = Long.parseLong(parts[0]);
            chosen = people.stream().filter(p -> p.id() == repId).findFirst().orElse(chosen);
            planYear = Integer.parseInt(parts[1]);
        }
        rep.setValue(chosen);
        year.setValue(planYear);
        showPlan();
    }

    /** A fresh editor for the chosen rep and year (their saved plan, else the defaults), then the plan. */
    private void showPlan() {
        UserSummary chosen = rep.getValue();
        editorBox.removeAll();
        editor = null;
        FieldErrors.clear(year);
        if (chosen == null) {
            return;
        }
        try {
            editor = new PlanEditor(services, chosen, year.getValue() == null ? 0 : year.getValue(), year,
                    this::replan, this::showPlan);
        } catch (InvalidInputException invalid) {
            FieldErrors.show(invalid, java.util.Map.of("planYear", year));
            results.clear();
            return;
        }
        editorBox.add(editor);
        replan();
    }

    private void replan() {
        UserSummary chosen = rep.getValue();
        if (chosen == null || editor == null) {
            return;
        }
        editor.clearErrors();
        if (editor.unreadable()) {
            return;
        }
        RepPlan shown;
        try {
            shown = planning.plan(chosen.id(), editor.request());
        } catch (InvalidInputException invalid) {
            editor.showErrors(invalid);
            return;
        }
        results.show(shown, locale);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.planner");
    }
}
