package com.headpin.forecast.ui;

import com.headpin.collaboration.LiveUpdates;
import com.headpin.forecast.ForecastTopics;
import com.headpin.forecast.MeetingMinutes;
import com.headpin.forecast.OwnMeetingAction;
import com.headpin.forecast.Periods;
import com.headpin.shared.Dates;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** The user's open action items from forecast meetings, each line opening its meeting; read again on any change. */
class MeetingActionsCard extends Div {

    private final MeetingMinutes minutes;
    private final Periods periods;
    private final Div list = new Div();

    MeetingActionsCard(MeetingMinutes minutes, Periods periods, LiveUpdates liveUpdates) {
        this.minutes = minutes;
        this.periods = periods;
        setId("home-meeting-actions");
        add(new H3(getTranslation("forecast.meeting.my-actions")), list);
        show();
        liveUpdates.subscribe(this, ForecastTopics.MEETINGS, changes -> show());
    }

    private void show() {
        list.removeAll();
        var mine = minutes.mine();
        if (mine.isEmpty()) {
            list.add(new Paragraph(getTranslation("forecast.meeting.my-actions.none")));
        }
        mine.forEach(action -> list.add(line(action)));
    }

    private Div line(OwnMeetingAction action) {
        Span title = new Span(action.title());
        title.getStyle().set("color", "var(--lumo-primary-text-color)").set("font-weight", "500");
        String meeting = action.unitName() + ", " + periods.label(action.period(), getLocale());
        Span more = new Span(" · " + (action.dueDate() == null ? meeting
                : getTranslation("forecast.meeting.action-by", meeting, Dates.format(action.dueDate(), getLocale()))));
        more.addClassName(action.overdue() ? "forecast-meeting-overdue" : "forecast-meeting-action-owner");
        Div line = new Div(title, more);
        line.getStyle().set("padding", "var(--lumo-space-xs) 0").set("cursor", "pointer");
        line.addClickListener(e -> UI.getCurrent().navigate("forecast/meetings/" + action.meetingId()));
        return line;
    }
}
