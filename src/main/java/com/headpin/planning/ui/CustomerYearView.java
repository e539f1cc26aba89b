package com.headpin.planning.ui;

import java.util.stream.IntStream;

import com.headpin.collaboration.LiveUpdates;
import com.headpin.planning.CompanyCalendarService;
import com.headpin.planning.CustomerYear;
import com.headpin.planning.CustomerYearService;
import com.headpin.planning.PlanningTopics;
import com.headpin.planning.YearReminder;
import com.headpin.shared.BusinessCalendar;
import com.headpin.shared.Dates;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

/**
 * The customer's year for everyone: the seasons and holidays of a chosen year on a timeline, with the day each one's
 * reminder is due, and the caller's reminders for their own accounts still to come. Administrators and directors
 * keep the dates and reminders on the company calendar page.
 */
@Route("customer-year")
@PermitAll
@Menu(order = 22.8, title = "nav.customer-year", icon = "vaadin:calendar-o")
class CustomerYearView extends VerticalLayout implements HasDynamicTitle {

    private final CustomerYearService customerYear;
    private final Select<Integer> year = new Select<>();
    private final CustomerYearChart chart = new CustomerYearChart();
    private final H3 remindersTitle = new H3();
    private final Grid<YearReminder> reminders = new Grid<>();
    private final Paragraph noReminders = new Paragraph();

    CustomerYearView(CustomerYearService customerYear, CompanyCalendarService calendar, BusinessCalendar today,
                     LiveUpdates liveUpdates) {
        this.customerYear = customerYear;
        int thisYear = today.today().getYear();
        year.setId("customer-year-select");
        year.setLabel(getTranslation("customer-year.year"));
        year.setItems(IntStream.rangeClosed(thisYear - 1, thisYear + 2).boxed().toList());
        year.setValue(thisYear);
        year.addValueChangeListener(e -> reload());
        HorizontalLayout bar = new HorizontalLayout(year);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (calendar.mayEdit()) {
            RouterLink edit = new RouterLink(getTranslation("customer-year.edit-calendar"), CompanyCalendarView.class);
            edit.setId("customer-year-edit");
            bar.add(edit);
        }
        remindersTitle.setId("customer-year-reminders-title");
        reminders.setId("customer-year-reminders");
        reminders.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        reminders.setAllRowsVisible(true);
        reminders.addColumn(r -> Dates.format(r.dueOn(), getLocale())).setHeader(getTranslation("customer-year.due"))
                .setAutoWidth(true).setFlexGrow(0);
        reminders.addColumn(r -> getTranslation(r.action().messageKey(), r.arguments().toArray()))
                .setHeader(getTranslation("customer-year.to-do")).setFlexGrow(3);
        reminders.addComponentColumn(r -> new Anchor("accounts/" + r.accountId(), r.accountName()))
                .setHeader(getTranslation("customer-year.account")).setFlexGrow(1);
        reminders.addColumn(r -> getTranslation(r.sent() ? "customer-year.sent" : "customer-year.coming"))
                .setHeader(getTranslation("customer-year.status")).setAutoWidth(true).setFlexGrow(0);
        noReminders.setId("customer-year-no-reminders");
        Div chartBox = new Div(chart);
        chartBox.setWidthFull();
        add(new Paragraph(getTranslation("customer-year.intro")), bar, chartBox, remindersTitle, noReminders,
                reminders);
        reload();
        liveUpdates.subscribe(this, PlanningTopics.CALENDAR, changes -> reload());
    }

    private void reload() {
        CustomerYear shown = customerYear.year(year.getValue());
        chart.show(shown, getLocale());
        remindersTitle.setText(getTranslation("customer-year.my-reminders", shown.year()));
        reminders.setItems(shown.myReminders());
        reminders.setVisible(!shown.myReminders().isEmpty());
        noReminders.setText(getTranslation("customer-year.no-reminders", shown.year()));
        noReminders.setVisible(shown.myReminders().isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.customer-year");
    }
}
