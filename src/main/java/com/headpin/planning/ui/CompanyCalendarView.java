package com.headpin.planning.ui;

import com.headpin.collaboration.LiveUpdates;
import com.headpin.planning.CalendarPeriod;
import com.headpin.planning.CompanyCalendarService;
import com.headpin.planning.PlanningTopics;
import com.headpin.security.Role;
import com.headpin.shared.Dates;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The company calendar kept by administrators and directors: the customer's seasons and the blackout periods with
 * their dates per year. Account plans' customer-year strip and the backward planner read it from here.
 */
@Route("calendar")
@RolesAllowed({Role.Names.ADMIN, Role.Names.DIRECTOR})
@Menu(order = 93, title = "nav.calendar", icon = "vaadin:calendar")
class CompanyCalendarView extends VerticalLayout implements HasDynamicTitle {

    private final CompanyCalendarService calendar;
    private final Grid<CalendarPeriod> periods = new Grid<>();

    CompanyCalendarView(CompanyCalendarService calendar, LiveUpdates liveUpdates) {
        this.calendar = calendar;
        setSizeFull();
        periods.setId("calendar-periods");
        periods.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        periods.addColumn(p -> PlanTexts.periodName(p, this)).setHeader(getTranslation("calendar.period"))
                .setFlexGrow(2);
        periods.addColumn(p -> Dates.format(p.from(), getLocale())).setHeader(getTranslation("calendar.from"));
        periods.addColumn(p -> Dates.format(p.to(), getLocale())).setHeader(getTranslation("calendar.to"));
        periods.addColumn(p -> getTranslation(p.everyYear() ? "calendar.every-year" : "calendar.once"))
                .setHeader(getTranslation("calendar.repeats"));
        periods.addColumn(p -> p.blackout() ? getTranslation("calendar.blackout") : "")
                .setHeader(getTranslation("calendar.blackout"));
        periods.addColumn(p -> p.reminder().reminds() ? getTranslation("calendar.reminder.summary",
                        p.reminder().daysAhead(), getTranslation(p.reminder().action().labelKey())) : "")
                .setHeader(getTranslation("calendar.reminder")).setFlexGrow(2);
        Button add = new Button(getTranslation("calendar.add"), VaadinIcon.PLUS.create(),
                e -> new CalendarPeriodDialog(calendar, null, this::reload).open());
        add.setId("calendar-add");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        boolean editor = calendar.mayEdit();
        add.setVisible(editor);
        if (editor) {
            periods.addItemClickListener(e -> new CalendarPeriodDialog(calendar, e.getItem(), this::reload).open());
        }
        add(new Paragraph(getTranslation("calendar.intro")), add, periods);
        expand(periods);
        reload();
        liveUpdates.subscribe(this, PlanningTopics.CALENDAR, changes -> reload());
    }

    private void reload() {
        periods.setItems(calendar.periods());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.calendar");
    }
}
