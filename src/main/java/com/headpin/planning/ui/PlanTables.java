package com.headpin.planning.ui;

import java.math.BigDecimal;
import java.util.Locale;

import com.headpin.deals.DealRole;
import com.headpin.deals.DealStage;
import com.headpin.deals.SalesProcess;
import com.headpin.planning.PlanMonth;
import com.headpin.planning.PlanResult;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The plan month by month: how many prospects must reach each stage (the month × stage table), with the seminar and
 * travel days; and each role's person-days per month.
 */
class PlanTables extends Composite<VerticalLayout> {

    private final Grid<PlanMonth> stages = new Grid<>();
    private final Grid<PlanMonth> effort = new Grid<>();

    PlanTables() {
        VerticalLayout content = getContent();
        content.setPadding(false);
        stages.setId("plan-months");
        effort.setId("plan-effort");
        for (Grid<PlanMonth> grid : java.util.List.of(stages, effort)) {
            grid.setAllRowsVisible(true);
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        }
        content.add(new H3(getTranslation("planning.months")), stages, new H3(getTranslation("planning.effort")),
                effort);
    }

    void show(PlanResult shown, Locale locale) {
        SalesProcess process = shown.plan().inputs().process();
        stages.removeAllColumns();
        stages.addColumn(m -> PlanTexts.month(m.month(), locale)).setHeader(getTranslation("planning.month"))
                .setFrozen(true).setAutoWidth(true);
        for (DealStage stage : DealStage.values()) {
            stages.addColumn(m -> blankIfZero(m.reaching(stage))).setHeader(process.stage(stage).name(locale))
                    .setKey(stage.name()).setTextAlign(ColumnTextAlign.END);
        }
        stages.addColumn(m -> blankIfZero(m.seminarDays())).setHeader(getTranslation("planning.seminar-days"))
                .setKey("seminarDays").setTextAlign(ColumnTextAlign.END);
        stages.addColumn(m -> blankIfZero(m.travelDays())).setHeader(getTranslation("planning.travel-days"))
                .setKey("travelDays").setTextAlign(ColumnTextAlign.END);
        stages.setItems(shown.plan().months());

        effort.removeAllColumns();
        effort.addColumn(m -> PlanTexts.month(m.month(), locale)).setHeader(getTranslation("planning.month"))
                .setFrozen(true).setAutoWidth(true);
        for (DealRole role : DealRole.values()) {
            if (shown.plan().effort(role).signum() != 0) {
                effort.addColumn(m -> days(m.effort(role))).setHeader(getTranslation(role.labelKey()))
                        .setKey(role.name()).setTextAlign(ColumnTextAlign.END);
            }
        }
        effort.setItems(shown.plan().months());
    }

    private static String blankIfZero(int count) {
        return count == 0 ? "" : String.valueOf(count);
    }

    private static String days(BigDecimal days) {
        return days.signum() == 0 ? "" : days.stripTrailingZeros().toPlainString();
    }
}
