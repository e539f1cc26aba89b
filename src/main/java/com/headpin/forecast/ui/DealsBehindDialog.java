package com.headpin.forecast.ui;

import java.util.List;

import com.headpin.deals.DealSummary;
import com.headpin.deals.SalesProcess;
import com.headpin.shared.Dates;
import com.headpin.shared.Money;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;

/**
 * The deals behind a number: open and delayed ones expected to close in the period and those signed in it, as far as
 * the viewer may open them (a team total may count deals the viewer cannot open; they are not listed). Each links to
 * its deal.
 */
class DealsBehindDialog extends Dialog {

    DealsBehindDialog(String title, List<DealSummary> deals, SalesProcess process) {
        setId("forecast-deals-behind");
        setHeaderTitle(title);
        setWidth("min(60rem, 95vw)");
        Grid<DealSummary> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(deal -> {
            Anchor link = new Anchor("deals/" + deal.id(), deal.name());
            link.getElement().setAttribute("router-link", true);
            link.addClassName("forecast-deal-link");
            return link;
        }).setHeader(getTranslation("deal.name")).setFlexGrow(2);
        grid.addColumn(deal -> deal.accountName() == null ? "" : deal.accountName())
                .setHeader(getTranslation("deal.account")).setFlexGrow(2);
        grid.addColumn(DealSummary::ownerName).setHeader(getTranslation("deal.owner"));
        grid.addColumn(deal -> process.stage(deal.stage()).name(getLocale())).setHeader(getTranslation("deal.stage"));
        grid.addColumn(deal -> getTranslation(deal.outcome().labelKey())).setHeader(getTranslation("deal.outcome"));
        grid.addColumn(deal -> getTranslation(deal.forecastCategory().labelKey()))
                .setHeader(getTranslation("forecast.deals.category"));
        grid.addColumn(deal -> Money.compact(deal.amount(), getLocale())).setHeader(getTranslation("deal.amount"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(deal -> Dates.format(deal.expectedClose(), getLocale()))
                .setHeader(getTranslation("deal.expected-close"));
        grid.setItems(deals);
        grid.setAllRowsVisible(deals.size() <= 12);
        grid.setHeight(deals.size() <= 12 ? null : "28rem");
        Div explanation = new Div(getTranslation("forecast.deals.explanation", deals.size()));
        explanation.addClassName("forecast-secondary");
        add(explanation, grid);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
        // Following a link leaves the page; the dialog would otherwise stay open over the deal.
        addAttachListener(e -> {
            var registration = e.getUI().addAfterNavigationListener(nav -> close());
            addDetachListener(d -> registration.remove());
        });
    }
}
