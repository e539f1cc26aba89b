package com.headpin.forecast.ui;

import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;


/**
 * The forecast pages' own navigation (one menu item, "Forecast", and these tabs at the top of each page): the four
 * numbers, quotas, movement, accuracy, win/loss and the forecast meetings.
 */
class ForecastTabs extends Composite<Tabs> {

    /** A page of the forecast: its route and the i18n key of its tab. */
    enum Page {
        NUMBERS("forecast", "forecast.tab.numbers"),
        QUOTAS("forecast/quotas", "forecast.tab.quotas"),
        MOVEMENT("forecast/movement", "forecast.tab.movement"),
        ACCURACY("forecast/accuracy", "forecast.tab.accuracy"),
        WIN_LOSS("forecast/win-loss", "forecast.tab.win-loss"),
        MEETINGS("forecast/meetings", "forecast.tab.meetings");

        final String route;
        final String labelKey;

        Page(String route, String labelKey) {
            this.route = route;
            this.labelKey = labelKey;
        }
    }

    ForecastTabs(Page current) {
        Tabs tabs = getContent();
        tabs.addClassName("forecast-tabs");
        for (Page page : List.of(Page.values())) {
            // A router link by path: the pages live in this package but are written one by one.
            Anchor link = new Anchor(page.route, getTranslation(page.labelKey));
            link.getElement().setAttribute("router-link", true);
            Tab tab = new Tab(link);
            tab.setId("forecast-tab-" + page.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            tabs.add(tab);
            if (page == current) {
                tabs.setSelectedTab(tab);
            }
        }
    }
}
