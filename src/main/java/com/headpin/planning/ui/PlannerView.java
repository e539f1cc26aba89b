package com.headpin.planning.ui;

import java.util.List;
import java.util.Locale;

import com.headpin.collaboration.LiveUpdates;
import com.headpin.deals.DealStage;
import com.headpin.deals.DealTopics;
import com.headpin.planning.PlanNote;
import com.headpin.planning.PlanningService;
import com.headpin.planning.PlanningTopics;
import com.headpin.planning.RepPlan;
import com.headpin.security.CurrentUser;
import com.headpin.security.Role;
import com.headpin.security.UserSummary;
import com.headpin.shared.BusinessCalendar;
import com.headpin.shared.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The backward planner (从后向前计划): a rep's quota turned into deals, closes, a schedule of seminars and stages
 * around the company calendar's blackouts, monthly targets and effort, and the real funnel against it. Reps plan
 * for themselves, directors for the reps they manage.
 */
@Route("planner")
@RolesAllowed({Role.Names.ADMIN, Role.Names.DIRECTOR, Role.Names.REP})
@Menu(order = 22.7, title = "nav.planner", icon = "vaadin:calendar-clock")
class PlannerView extends VerticalLayout implements HasDynamicTitle {

    private final PlanningService planning;
    private final ComboBox<UserSummary> rep = new ComboBox<>();
    private final PlanInputsForm inputs = new PlanInputsForm();
    private final Div notes = new Div();
    private final Paragraph summary = new Paragraph();
    private final PlanTimeline timeline = new PlanTimeline();
    // The chart is hidden through this box, never itself: a chart first sent to the browser hidden arrives
    // without its attributes and never loads ECharts (shared.ui.chart.Chart).
    private final Div timelineBox = new Div(timeline);
    private final PlanTables tables = new PlanTables();
    private final PlanVsActual actual = new PlanVsActual();
    private final Locale locale;

    PlannerView(PlanningService planning, BusinessCalendar calendar, LiveUpdates liveUpdates,
                CurrentUser currentUser) {
        this.planning = planning;
        this.locale = getLocale();
        rep.setId("plan-rep");
        rep.setLabel(getTranslation("planning.rep"));
        rep.setItemLabelGenerator(UserSummary::fullName);
        List<UserSummary> people = planning.plannable();
        rep.setItems(people);
        // A rep planning only for themself has nothing to choose.
        rep.setVisible(people.size() > 1 || people.stream().anyMatch(p -> p.id() != currentUser.requireId()));
        Button make = new Button(getTranslation("planning.make"), e -> replan());
        make.setId("plan-make");
        make.addThemeVariants(ButtonVariant.PRIMARY);
        notes.setId("plan-notes");
        notes.addClassName("plan-notes");
        summary.setId("plan-summary");
        timelineBox.setWidthFull();
        add(new Paragraph(getTranslation("planning.intro")), rep, inputs, make, notes, summary, timelineBox, actual,
                tables);
        if (people.isEmpty()) {
            make.setEnabled(false);
            notes.add(new Paragraph(getTranslation("planning.nobody")));
            return;
        }
        int nextYear = calendar.today().getYear() + 1;
        rep.setValue(people.getFirst());
        inputs.show(planning.draft(people.getFirst().id(), nextYear));
        rep.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                inputs.show(planning.draft(e.getValue().id(), inputs.year() > 0 ? inputs.year() : nextYear));
                replan();
            }
        });
        replan();
        // The funnel, the sales process and the calendar all change what the plan says.
        liveUpdates.subscribe(this, DealTopics.LIST, changes -> replan());
        liveUpdates.subscribe(this, PlanningTopics.CALENDAR, changes -> replan());
    }

    private void replan() {
        UserSummary chosen = rep.getValue();
        if (chosen == null) {
            return;
        }
        inputs.clearErrors();
        if (inputs.unreadable()) {
            return;
        }
        RepPlan shown;
        try {
            shown = planning.plan(chosen.id(), inputs.request());
        } catch (InvalidInputException invalid) {
            inputs.showErrors(invalid);
            return;
        }
        notes.removeAll();
        for (PlanNote note : shown.notes()) {
            Paragraph text = new Paragraph(PlanTexts.note(note, shown.plan().inputs().process(), this, locale));
            text.addClassName(note.blocking() ? "plan-note-blocking" : "plan-note-warning");
            notes.add(text);
        }
        boolean planned = !shown.plan().deals().isEmpty();
        summary.setText(planned ? getTranslation("planning.summary", shown.plan().dealsNeeded(),
                shown.plan().prospectsNeeded(DealStage.SEMINAR), shown.plan().seminarDays(),
                shown.plan().travelDays(), shown.nonLocalPercent()) : "");
        for (var part : List.of(summary, timelineBox, actual, tables)) {
            part.setVisible(planned);
        }
        if (planned) {
            timeline.show(shown, locale);
            actual.show(shown, locale);
            tables.show(shown, locale);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.planner");
    }
}
