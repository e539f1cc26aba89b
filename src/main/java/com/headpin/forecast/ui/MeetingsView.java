package com.headpin.forecast.ui;

import java.time.format.TextStyle;
import java.util.List;

import com.headpin.collaboration.LiveUpdates;
import com.headpin.forecast.ForecastTopics;
import com.headpin.forecast.MeetingDetails;
import com.headpin.forecast.MeetingService;
import com.headpin.forecast.MeetingSummary;
import com.headpin.forecast.PeriodKind;
import com.headpin.forecast.Periods;
import com.headpin.organisation.OrgUnitSummary;
import com.headpin.shared.BusinessCalendar;
import com.headpin.shared.Dates;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.ui.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * The forecast meetings of the units the user takes part in: open ones to join, ended ones with their records; a
 * director opens a new one for a unit they manage and a period (the current quarter unless chosen otherwise).
 */
@Route("forecast/meetings")
@PermitAll
class MeetingsView extends VerticalLayout implements HasDynamicTitle {

    private final MeetingService meetings;
    private final Periods periods;
    private final BusinessCalendar calendar;
    private final Grid<MeetingSummary> grid = new Grid<>();

    MeetingsView(MeetingService meetings, Periods periods, BusinessCalendar calendar, LiveUpdates liveUpdates) {
        this.meetings = meetings;
        this.periods = periods;
        this.calendar = calendar;
        addClassName("forecast-meetings");
        add(new ForecastTabs(ForecastTabs.Page.MEETINGS), new H2(getTranslation("forecast.meeting.title")));
        Paragraph weekday = new Paragraph(getTranslation("forecast.meeting.weekday",
                calendar.forecastMeetingDay().getDisplayName(TextStyle.FULL, getLocale()),
                Dates.format(calendar.forecastMeeting(calendar.today()), getLocale())));
        weekday.setId("forecast-meeting-weekday");
        add(weekday);
        List<OrgUnitSummary> openable = meetings.openable();
        if (!openable.isEmpty()) {
            add(openForm(openable));
        }
        grid.setId("forecast-meetings-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(MeetingSummary::unitName).setHeader(getTranslation("forecast.meeting.unit")).setFlexGrow(2);
        grid.addColumn(m -> periods.label(m.period(), getLocale())).setHeader(getTranslation("forecast.period"))
                .setAutoWidth(true);
        grid.addColumn(m -> getTranslation(m.status().labelKey())).setHeader(getTranslation("forecast.meeting.status"))
                .setAutoWidth(true);
        grid.addColumn(MeetingSummary::presenterName).setHeader(getTranslation("forecast.meeting.presenter"))
                .setAutoWidth(true);
        grid.addColumn(m -> Dates.format(calendar.dateOf(m.startedAt()), getLocale()))
                .setHeader(getTranslation("forecast.meeting.started")).setAutoWidth(true);
        grid.addColumn(MeetingSummary::attendeeCount).setHeader(getTranslation("forecast.meeting.attendees"))
                .setAutoWidth(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("forecast/meetings/" + e.getItem().id())));
        grid.setEmptyStateText(getTranslation("forecast.meeting.none"));
        add(grid);
        reload();
        liveUpdates.subscribe(this, ForecastTopics.MEETINGS, changes -> reload());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forecast.meeting.title");
    }

    private HorizontalLayout openForm(List<OrgUnitSummary> units) {
        Select<OrgUnitSummary> unit = new Select<>();
        unit.setId("forecast-meeting-unit");
        unit.setLabel(getTranslation("forecast.meeting.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(OrgUnitSummary::name);
        unit.setValue(units.getFirst());
        PeriodPicker period = new PeriodPicker(periods, java.util.EnumSet.allOf(PeriodKind.class), PeriodKind.QUARTER);
        Button open = new Button(getTranslation("forecast.meeting.open"), e -> {
            try {
                MeetingDetails opened = meetings.open(unit.getValue().id(), period.value());
                getUI().ifPresent(ui -> ui.navigate("forecast/meetings/" + opened.id()));
            } catch (InvalidInputException refused) {
                FieldErrors.show(refused, java.util.Map.of("unit", unit));
            }
        });
        open.setId("forecast-meeting-open");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(unit, period, open);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private void reload() {
        grid.setItems(meetings.list());
    }
}
