package com.headpin.planning.ui;

import java.util.List;
import java.util.Locale;

import com.headpin.collaboration.LiveUpdates;
import com.headpin.collaboration.Timeline;
import com.headpin.collaboration.ui.LiveForms;
import com.headpin.deals.DealTopics;
import com.headpin.planning.PlanResult;
import com.headpin.planning.PlanTeam;
import com.headpin.planning.PlanningService;
import com.headpin.planning.PlanningTopics;
import com.headpin.planning.SavedPlanService;
import com.headpin.planning.TeamPlan;
import com.headpin.planning.TeamPlanningService;
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
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
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
 * by a director above the rep. Directors also plan a whole team (or region) at once, from its reps' numbers, with
 * each rep's line. {@code planner/<repId>/<year>} opens one rep's year (links from notifications and the home card),
 * {@code planner/team/<unitId>/<year>} a team's.
 */
@Route("planner")
@RolesAllowed({Role.Names.ADMIN, Role.Names.DIRECTOR, Role.Names.REP})
@Menu(order = 22.7, title = "nav.planner", icon = "vaadin:calendar-clock")
class PlannerView extends VerticalLayout implements HasDynamicTitle, HasUrlParameter<String> {

    private final PlanningService planning;
    private final TeamPlanningService teamPlanning;
    private final PlanEditor.Services services;
    private final BusinessCalendar calendar;
    private final RadioButtonGroup<Boolean> forTeam = new RadioButtonGroup<>();
    private final ComboBox<UserSummary> rep = new ComboBox<>();
    private final ComboBox<PlanTeam> team = new ComboBox<>();
    private final IntegerField year = new IntegerField();
    private final Div editorBox = new Div();
    private final PlanResults results = new PlanResults();
    private final TeamMembers members = new TeamMembers();
    private final List<UserSummary> people;
    private final List<PlanTeam> teams;
    private final Locale locale;
    private final boolean repChoice;
    private @Nullable PlanInputsEditor editor;

    PlannerView(PlanningService planning, TeamPlanningService teamPlanning, SavedPlanService saved,
                LiveForms liveForms, Timeline timeline, BusinessCalendar calendar, LiveUpdates liveUpdates,
                CurrentUser currentUser) {
        this.planning = planning;
        this.teamPlanning = teamPlanning;
        this.calendar = calendar;
        this.services = new PlanEditor.Services(planning, saved, liveForms, liveUpdates, timeline);
        this.locale = getLocale();
        rep.setId("plan-rep");
        rep.setLabel(getTranslation("planning.rep"));
        rep.setItemLabelGenerator(UserSummary::fullName);
        people = planning.plannable();
        rep.setItems(people);
        // A rep planning only for themself has nothing to choose.
        repChoice = people.size() > 1 || people.stream().anyMatch(p -> p.id() != currentUser.requireId());
        rep.setVisible(repChoice);
        teams = currentUser.hasAny(Role.ADMIN, Role.DIRECTOR) ? teamPlanning.plannableTeams() : List.of();
        forTeam.setId("plan-for");
        forTeam.setLabel(getTranslation("planning.plan-for"));
        forTeam.setItems(false, true);
        forTeam.setItemLabelGenerator(t -> getTranslation(t ? "planning.plan-for.team" : "planning.plan-for.rep"));
        forTeam.setValue(false);
        forTeam.setVisible(!teams.isEmpty());
        team.setId("plan-team");
        team.setLabel(getTranslation("planning.team"));
        team.setItems(teams);
        team.setItemLabelGenerator(t -> getTranslation("planning.team.option", t.name(), t.reps().size()));
        team.setVisible(false);
        members.setVisible(false);
        year.setId("plan-year");
        year.setLabel(getTranslation("planning.year"));
        year.setStepButtonsVisible(true);
        FormLayout choice = new FormLayout(forTeam, rep, team, year);
        choice.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("60em", 4));
        editorBox.setWidthFull();
        results.setWidthFull();
        add(new Paragraph(getTranslation("planning.intro")), choice, editorBox, members, results);
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
        team.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                showPlan();
            }
        });
        forTeam.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                if (e.getValue() && team.getValue() == null) {
                    team.setValue(teams.getFirst());
                }
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
        // Someone saved the plan shown here as unsaved defaults: show theirs, shared. A team's reps' plans: their
        // lines.
        liveUpdates.subscribe(this, PlanningTopics.SALES_PLANS, changes -> {
            if (teamShown()) {
                replan();
            } else if (editor instanceof PlanEditor repEditor && repEditor.unsaved() && rep.getValue() != null
                    && year.getValue() != null && saved.find(rep.getValue().id(), year.getValue()).isPresent()) {
                showPlan();
            }
        });
    }

    /**
     * {@code ""}, {@code "<repId>/<year>"} to open that rep's plan for that year, or {@code "team/<unitId>/<year>"}
     * for a team's.
     */
    @Override
    public void setParameter(BeforeEvent event, @WildcardParameter String parameter) {
        if (people.isEmpty()) {
            return;
        }
        UserSummary chosen = people.getFirst();
        int planYear = calendar.today().getYear() + 1;
        String[] parts = parameter.split("/");
        boolean teamAsked = parts.length == 3 && parts[0].equals("team") && !teams.isEmpty();
        int at = teamAsked ? 1 : 0;
        if (parts.length == at + 2 && parts[at].matches("\\d{1,18}") && parts[at + 1].matches("\\d{4}")) {
            long id = Long.parseLong(parts[at]);
            if (teamAsked) {
                team.setValue(teams.stream().filter(t -> t.unitId() == id).findFirst().orElse(teams.getFirst()));
            } else {
                chosen = people.stream().filter(p -> p.id() == id).findFirst().orElse(chosen);
            }
            planYear = Integer.parseInt(parts[at + 1]);
        }
        forTeam.setValue(teamAsked);
        rep.setValue(chosen);
        year.setValue(planYear);
        showPlan();
    }

    private boolean teamShown() {
        return Boolean.TRUE.equals(forTeam.getValue()) && team.getValue() != null;
    }

    /**
     * A fresh editor for the chosen rep and year (their saved plan, else the defaults) or the chosen team's inputs,
     * then the plan.
     */
    private void showPlan() {
        boolean teamMode = Boolean.TRUE.equals(forTeam.getValue());
        rep.setVisible(!teamMode && repChoice);
        team.setVisible(teamMode);
        members.setVisible(false);
        editorBox.removeAll();
        editor = null;
        FieldErrors.clear(year);
        UserSummary chosen = rep.getValue();
        if (teamMode ? team.getValue() == null : chosen == null) {
            return;
        }
        int planYear = year.getValue() == null ? 0 : year.getValue();
        PlanInputsEditor shown;
        try {
            shown = teamMode ? new TeamPlanEditor(teamPlanning, team.getValue(), planYear, year, this::replan)
                    : new PlanEditor(services, chosen, planYear, year, this::replan, this::showPlan);
        } catch (InvalidInputException invalid) {
            FieldErrors.show(invalid, java.util.Map.of("planYear", year));
            results.clear();
            return;
        }
        editor = shown;
        editorBox.add((com.vaadin.flow.component.Component) shown);
        // The address names what is shown, so a reload or a shared link opens the same plan.
        String location = "planner/" + (teamMode ? "team/" + team.getValue().unitId() : chosen.id()) + "/" + planYear;
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, location));
        replan();
    }

    private void replan() {
        PlanInputsEditor inputs = editor;
        if (inputs == null) {
            return;
        }
        inputs.clearErrors();
        if (inputs.unreadable()) {
            return;
        }
        try {
            if (teamShown()) {
                TeamPlan plan = teamPlanning.plan(team.getValue().unitId(), inputs.request());
                results.show(plan.result(), locale);
                members.show(plan.members(), inputs.request().planYear(), locale);
                members.setVisible(true);
            } else if (rep.getValue() != null) {
                PlanResult shown = planning.plan(rep.getValue().id(), inputs.request());
                results.show(shown, locale);
            }
        } catch (InvalidInputException invalid) {
            inputs.showErrors(invalid);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.planner");
    }
}
