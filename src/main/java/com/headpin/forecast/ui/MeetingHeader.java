package com.headpin.forecast.ui;

import com.headpin.collaboration.ui.PresenceAvatars;
import com.headpin.forecast.MeetingDetails;
import com.headpin.forecast.MeetingService;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.StaleDataException;
import com.headpin.shared.ui.Notifications;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * A meeting's status line: open or ended, who presents, who is here (avatars); for the directors above the unit
 * "Take over presenting" and "End meeting". The page rebuilds itself when either happens (the meeting's topic).
 */
class MeetingHeader extends Composite<HorizontalLayout> {

    MeetingHeader(MeetingDetails meeting, MeetingService meetings, PresenceAvatars avatars) {
        HorizontalLayout layout = getContent();
        layout.setWrap(true);
        layout.setAlignItems(FlexComponent.Alignment.CENTER);
        layout.addClassName("forecast-meeting-header");
        Span status = new Span(getTranslation(meeting.summary().status().labelKey()));
        status.getElement().getThemeList().add(meeting.isOpen() ? "badge success" : "badge contrast");
        status.setId("forecast-meeting-status");
        Span presenter = new Span(getTranslation("forecast.meeting.presented-by", meeting.summary().presenterName()));
        presenter.setId("forecast-meeting-presenter");
        avatars.setId("forecast-meeting-presence");
        layout.add(status, presenter);
        layout.add(avatars);
        if (meeting.permissions().end() && !meeting.permissions().present()) {
            Button takeOver = new Button(getTranslation("forecast.meeting.take-over"), e -> {
                try {
                    meetings.takeOver(meeting.id(), meeting.summary().version());
                } catch (InvalidInputException | StaleDataException refused) {
                    Notifications.error("forecast.meeting.stale");
                }
            });
            takeOver.setId("forecast-meeting-take-over");
            layout.add(takeOver);
        }
        if (meeting.permissions().end()) {
            Button end = new Button(getTranslation("forecast.meeting.end"), e -> confirmEnd(meeting, meetings));
            end.setId("forecast-meeting-end");
            end.addThemeVariants(ButtonVariant.LUMO_ERROR);
            layout.add(end);
        }
    }

    private void confirmEnd(MeetingDetails meeting, MeetingService meetings) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("forecast.meeting.end.title"),
                getTranslation("forecast.meeting.end.message"), getTranslation("forecast.meeting.end"), e -> {
                    try {
                        meetings.end(meeting.id(), meeting.summary().version());
                    } catch (InvalidInputException | StaleDataException refused) {
                        Notifications.error("forecast.meeting.stale");
                    }
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setId("forecast-meeting-end-confirm");
        confirm.open();
    }
}
