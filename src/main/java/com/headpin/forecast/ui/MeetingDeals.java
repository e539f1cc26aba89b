package com.headpin.forecast.ui;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import com.headpin.deals.DealDetails;
import com.headpin.deals.DealInput;
import com.headpin.deals.DealService;
import com.headpin.deals.DealSummary;
import com.headpin.deals.ForecastCategory;
import com.headpin.shared.Dates;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.Money;
import com.headpin.shared.StaleDataException;
import com.headpin.shared.ui.Notifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * The deals behind the shown rep's numbers, the shown deal selected. The deal's owner (and the directors above)
 * changes its forecast category right here, through the deals module as on the deal page: the commitment of
 * everyone watching follows.
 */
class MeetingDeals extends Composite<Grid<DealSummary>> {

    private final DealService deals;
    private final long me;
    private final boolean manages;
    private final Consumer<DealSummary> onClick;
    private List<DealSummary> shown = List.of();

    MeetingDeals(DealService deals, long me, boolean manages, boolean readOnly, Consumer<DealSummary> onClick) {
        this.deals = deals;
        this.me = me;
        this.manages = manages && !readOnly;
        this.onClick = onClick;
        Grid<DealSummary> grid = getContent();
        grid.setId("forecast-meeting-deals");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(DealSummary::name).setHeader(getTranslation("forecast.meeting.deal")).setFlexGrow(2);
        grid.addColumn(d -> d.accountName() == null ? "" : d.accountName())
                .setHeader(getTranslation("forecast.meeting.account")).setFlexGrow(1);
        grid.addColumn(d -> Money.compact(d.amount(), getLocale())).setHeader(getTranslation("forecast.meeting.amount"))
                .setAutoWidth(true);
        grid.addColumn(d -> d.probability() + "%").setHeader(getTranslation("forecast.meeting.probability"))
                .setAutoWidth(true);
        grid.addColumn(d -> Dates.format(d.expectedClose(), getLocale()))
                .setHeader(getTranslation("forecast.meeting.close")).setAutoWidth(true);
        Grid.Column<DealSummary> category = grid.addComponentColumn(this::category)
                .setHeader(getTranslation("forecast.meeting.category")).setAutoWidth(true).setKey("category");
        // Changing the category is not a step to another deal (a follower stays with the presenter).
        grid.addItemClickListener(e -> {
            if (e.getColumn() != category) {
                onClick.accept(e.getItem());
            }
        });
        grid.setEmptyStateText(getTranslation("forecast.meeting.no-deals"));
    }

    void show(List<DealSummary> dealsOfRep, @Nullable Long selectedDealId) {
        shown = List.copyOf(dealsOfRep);
        getContent().setItems(shown);
        select(selectedDealId);
    }

    void select(@Nullable Long dealId) {
        getContent().asSingleSelect().setValue(
                shown.stream().filter(d -> Objects.equals(d.id(), dealId)).findFirst().orElse(null));
    }

    private Component category(DealSummary deal) {
        if (!mayChange(deal)) {
            Span label = new Span(getTranslation(deal.forecastCategory().labelKey()));
            label.setId("forecast-meeting-category-" + deal.id());
            return label;
        }
        Select<ForecastCategory> select = new Select<>();
        select.setId("forecast-meeting-category-" + deal.id());
        select.setAriaLabel(getTranslation("forecast.meeting.category"));
        // Closed means signed: the outcome buttons on the deal page set it, not the rep's call.
        select.setItems(ForecastCategory.PIPELINE, ForecastCategory.BEST_CASE, ForecastCategory.COMMIT);
        select.setItemLabelGenerator(c -> c == null ? "" : getTranslation(c.labelKey()));
        select.setValue(deal.forecastCategory());
        select.setWidth("9em");
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && e.getValue() != deal.forecastCategory()) {
                change(deal, e.getValue(), select);
            }
        });
        return select;
    }

    private boolean mayChange(DealSummary deal) {
        return deal.forecastCategory() != ForecastCategory.CLOSED && (deal.ownerId() == me || manages);
    }

    /** As the deal page does: the deal as stored with only its category changed (deals checks who may). */
    private void change(DealSummary deal, ForecastCategory category, Select<ForecastCategory> select) {
        try {
            DealDetails details = deals.find(deal.id()).orElseThrow(() ->
                    InvalidInputException.of("forecastCategory", "forecast.meeting.not-found"));
            deals.update(deal.id(), DealInput.from(details).withCategory(category));
        } catch (InvalidInputException | AccessDeniedException | StaleDataException refused) {
            select.setValue(deal.forecastCategory());
            Notifications.error("forecast.meeting.category-refused");
        }
    }
}
