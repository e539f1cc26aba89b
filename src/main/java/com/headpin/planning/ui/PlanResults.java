package com.headpin.planning.ui;

import java.util.List;
import java.util.Locale;

import com.headpin.deals.DealStage;
import com.headpin.planning.PlanNote;
import com.headpin.planning.PlanResult;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** What the planner made of the inputs: its notes, the summary, the timeline, the funnel against it, the tables. */
class PlanResults extends VerticalLayout {

    private final Div notes = new Div();
    private final Paragraph summary = new Paragraph();
    private final PlanTimeline timeline = new PlanTimeline();
    // The chart is hidden through this box, never itself: a chart first sent to the browser hidden arrives
    // without its attributes and never loads ECharts (shared.ui.chart.Chart).
    private final Div timelineBox = new Div(timeline);
    private final PlanTables tables = new PlanTables();
    private final PlanVsActual actual = new PlanVsActual();

    PlanResults() {
        setPadding(false);
        notes.setId("plan-notes");
        notes.addClassName("plan-notes");
        summary.setId("plan-summary");
        timelineBox.setWidthFull();
        add(notes, summary, timelineBox, actual, tables);
    }

    void nobody() {
        notes.add(new Paragraph(getTranslation("planning.nobody")));
    }

    void show(PlanResult shown, Locale locale) {
        notes.removeAll();
        for (PlanNote note : shown.notes()) {
            Paragraph text = new Paragraph(PlanTexts.note(note, shown.plan().inputs().process(), this, locale));
            text.addClassName(note.blocking() ? "plan-note-blocking" : "plan-note-warning");
            notes.add(text);
        }
        boolean planned = !shown.plan().deals().isEmpty();
        summary.setText(planned ? getTranslation(shown.people() > 1 ? "planning.team.summary" : "planning.summary",
                shown.plan().dealsNeeded(), shown.plan().prospectsNeeded(DealStage.SEMINAR),
                shown.plan().seminarDays(), shown.plan().travelDays(), shown.nonLocalPercent(), shown.people()) : "");
        for (var part : List.of(summary, timelineBox, actual, tables)) {
            part.setVisible(planned);
        }
        if (planned) {
            timeline.show(shown, locale);
            actual.show(shown, locale);
            tables.show(shown, locale);
        }
    }

    void clear() {
        notes.removeAll();
        for (var part : List.of(summary, timelineBox, actual, tables)) {
            part.setVisible(false);
        }
    }
}
