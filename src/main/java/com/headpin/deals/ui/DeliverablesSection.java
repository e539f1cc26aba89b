package com.headpin.deals.ui;

import java.util.List;

import com.headpin.collaboration.LiveUpdates;
import com.headpin.deals.DealDeliverable;
import com.headpin.deals.DealStageService;
import com.headpin.deals.DealTopics;
import com.headpin.deals.DeliverableState;
import com.headpin.deals.SalesProcessService;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

/**
 * The proposal deliverables of the sales process, each to do, done or not needed on this deal. Marks are facts of
 * their own (no version, nothing goes stale); everyone with the page open sees them at once. A deliverable removed
 * from the process stays listed where it was marked, labelled as no longer in the process.
 */
class DeliverablesSection extends Composite<VerticalLayout> {

    private final DealStageService stages;
    private final long dealId;
    private final boolean mayEdit;
    private final Div list = new Div();

    DeliverablesSection(DealStageService stages, LiveUpdates liveUpdates, long dealId, boolean mayEdit) {
        this.stages = stages;
        this.dealId = dealId;
        this.mayEdit = mayEdit;
        list.setId("deal-deliverables");
        list.addClassName("deal-deliverables");
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.setSpacing(false);
        layout.addClassName("deal-section");
        layout.add(new H3(getTranslation("deal.deliverables")), list);
        liveUpdates.subscribe(this, DealTopics.DEAL.topic(dealId), changes -> {
            if (changes.stream().anyMatch(c -> c.is(DealTopics.DEAL) && c.touches("deliverables"))) {
                show(stages.deliverables(dealId));
            }
        });
        liveUpdates.subscribe(this, DealTopics.SALES_PROCESS.topic(SalesProcessService.ID),
                changes -> show(stages.deliverables(dealId)));
        show(stages.deliverables(dealId));
    }

    private void show(List<DealDeliverable> deliverables) {
        list.removeAll();
        for (DealDeliverable deliverable : deliverables) {
            Span name = new Span(deliverable.name());
            name.addClassName("deal-deliverable-name");
            Select<DeliverableState> state = new Select<>();
            state.setId("deal-deliverable-" + deliverable.id());
            state.setItems(DeliverableState.values());
            state.setItemLabelGenerator(s -> s == null ? "" : getTranslation(s.labelKey()));
            state.setValue(deliverable.state());
            state.setReadOnly(!mayEdit);
            state.setAriaLabel(deliverable.name());
            state.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    show(stages.markDeliverable(dealId, deliverable.id(), e.getValue()));
                }
            });
            Div row = new Div(state, name);
            row.addClassName("deal-deliverable");
            row.getElement().setAttribute("data-state", deliverable.state().name().toLowerCase(java.util.Locale.ROOT));
            if (deliverable.retired()) {
                Span retired = new Span(getTranslation("deal.deliverable.retired"));
                retired.addClassName("deal-deliverable-retired");
                row.add(retired);
            }
            list.add(row);
        }
        if (deliverables.isEmpty()) {
            list.add(new Span(getTranslation("deal.deliverables.none")));
        }
    }
}
