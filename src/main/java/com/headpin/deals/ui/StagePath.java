package com.headpin.deals.ui;

import com.headpin.deals.DealDetails;
import com.headpin.deals.DealOutcome;
import com.headpin.deals.SalesProcess;
import com.headpin.deals.StageSettings;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * The six stages in a row, each with its win probability: those the deal has passed, the one it is in (with the days
 * it has been there) and those ahead. A won deal stands on "signed".
 */
class StagePath extends Composite<Div> {

    StagePath() {
        getContent().addClassName("deal-stage-path");
        getContent().setId("deal-stage-path");
    }

    void show(DealDetails deal, SalesProcess process, long daysInStage) {
        Div path = getContent();
        path.removeAll();
        for (StageSettings stage : process.stages()) {
            int order = stage.stage().compareTo(deal.stage());
            Span step = new Span();
            step.setId("deal-stage-" + stage.stage().number());
            step.addClassName("deal-stage-step");
            String state = order < 0 ? "done" : order > 0 ? "ahead" : "current";
            step.getElement().setAttribute("data-state", state);
            Span name = new Span(stage.stage().number() + " · " + stage.name(getLocale()));
            name.addClassName("deal-stage-name");
            Span probability = new Span(stage.probability() + "%");
            probability.addClassName("deal-stage-probability");
            step.add(name, probability);
            if (order == 0 && deal.outcome() == DealOutcome.OPEN && stage.stage().isOpenStage()) {
                Span days = new Span(getTranslation("deal.stage.days", daysInStage, stage.typicalWeeks()));
                days.addClassName("deal-stage-days");
                step.add(days);
            }
            path.add(step);
        }
        path.getElement().setAttribute("data-outcome", deal.outcome().name().toLowerCase(java.util.Locale.ROOT));
    }
}
