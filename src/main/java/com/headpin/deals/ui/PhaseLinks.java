package com.headpin.deals.ui;

import java.util.List;

import com.headpin.deals.DealSummary;
import com.headpin.deals.SalesProcess;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

/** The deals of a phased project (training → consulting → implementation), each a link, this one marked. */
class PhaseLinks extends Composite<Div> {

    PhaseLinks(long dealId, List<DealSummary> phases, SalesProcess process) {
        Div content = getContent();
        content.setId("deal-phases");
        content.addClassName("deal-phases");
        content.setVisible(!phases.isEmpty());
        content.add(new H3(getTranslation("deal.phases")));
        for (DealSummary phase : phases) {
            String text = phase.name() + " · " + process.stage(phase.stage()).name(getLocale()) + " · "
                    + getTranslation(phase.outcome().labelKey());
            if (phase.id() == dealId) {
                Span self = new Span(text);
                self.addClassName("deal-phase-current");
                content.add(new Div(self));
            } else {
                content.add(new Div(new Anchor("deals/" + phase.id(), text)));
            }
        }
    }
}
