package com.headpin.planning.ui;

import java.util.Locale;

import com.headpin.deals.DealStage;
import com.headpin.deals.SalesProcess;
import com.headpin.planning.PlanGap;
import com.headpin.planning.PlanProgress;
import com.headpin.planning.PlanResult;
import com.headpin.shared.Dates;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The plan against the real funnel: per stage what the plan wanted by today and what the rep's deals have reached,
 * and per planned close the one gap to act on, in words ("4 more seminars needed by 15 Mar 2027 to keep the
 * July 2027 close").
 */
class PlanVsActual extends Composite<VerticalLayout> {

    private final UnorderedList gaps = new UnorderedList();
    private final Grid<DealStage> stages = new Grid<>();
    private final Div onTrack = new Div();

    PlanVsActual() {
        VerticalLayout content = getContent();
        content.setPadding(false);
        gaps.setId("plan-gaps");
        onTrack.setId("plan-on-track");
        stages.setId("plan-vs-actual");
        stages.setAllRowsVisible(true);
        stages.addThemeVariants(GridVariant.LUMO_COMPACT);
        content.add(new H3(getTranslation("planning.against-actual")), onTrack, gaps, stages);
    }

    void show(PlanResult shown, Locale locale) {
        SalesProcess process = shown.plan().inputs().process();
        PlanProgress progress = shown.progress();
        gaps.removeAll();
        progress.gaps().forEach(gap -> gaps.add(new ListItem(sentence(gap, process, locale))));
        onTrack.setText(progress.gaps().isEmpty() ? getTranslation("planning.on-track") : "");
        onTrack.setVisible(progress.gaps().isEmpty());
        stages.removeAllColumns();
        stages.addColumn(s -> process.stage(s).name(locale)).setHeader(getTranslation("planning.stage"));
        stages.addColumn(progress::plannedByToday).setHeader(getTranslation("planning.planned-by-today"))
                .setTextAlign(ColumnTextAlign.END).setKey("planned");
        stages.addColumn(progress::reached).setHeader(getTranslation("planning.reached"))
                .setTextAlign(ColumnTextAlign.END).setKey("reached");
        stages.addColumn(s -> difference(progress.reached(s) - progress.plannedByToday(s)))
                .setHeader(getTranslation("planning.difference")).setTextAlign(ColumnTextAlign.END).setKey("gap");
        stages.setItems(DealStage.values());
    }

    String sentence(PlanGap gap, SalesProcess process, Locale locale) {
        String due = Dates.format(gap.due(), locale);
        String month = PlanTexts.longMonth(gap.closeMonth(), locale);
        if (gap.late()) {
            return getTranslation("planning.gap.late", gap.missing(), due, month,
                    process.stage(gap.stage()).name(locale));
        }
        return getTranslation("planning.gap." + gap.stage().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                gap.missing(), due, month);
    }

    private static String difference(int difference) {
        return difference > 0 ? "+" + difference : String.valueOf(difference);
    }
}
