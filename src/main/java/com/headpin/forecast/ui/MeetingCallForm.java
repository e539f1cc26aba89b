package com.headpin.forecast.ui;

import java.util.Map;

import com.headpin.forecast.MeetingCall;
import com.headpin.forecast.MeetingMinutes;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.StaleDataException;
import com.headpin.shared.ui.AmountField;
import com.headpin.shared.ui.FieldErrors;
import com.headpin.shared.ui.Notifications;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

/** A rep's own forecast call for the meeting's period, with a note on why; everyone's numbers follow. */
class MeetingCallForm extends Composite<HorizontalLayout> {

    private final MeetingMinutes minutes;
    private final long meetingId;
    private final AmountField amount = new AmountField();
    private final TextField note = new TextField();
    private MeetingCall call;

    MeetingCallForm(MeetingMinutes minutes, long meetingId) {
        this.minutes = minutes;
        this.meetingId = meetingId;
        amount.setId("forecast-meeting-call");
        amount.setLabel(getTranslation("forecast.meeting.my-call"));
        note.setId("forecast-meeting-call-note");
        note.setLabel(getTranslation("forecast.meeting.call-note"));
        note.setMaxLength(500);
        Button save = new Button(getTranslation("forecast.meeting.save-call"), e -> save());
        save.setId("forecast-meeting-save-call");
        HorizontalLayout layout = getContent();
        layout.setPadding(false);
        layout.setWrap(true);
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        layout.add(amount, note, save);
        call = minutes.callOf(meetingId);
        amount.setValue(call.amount());
        note.setValue(call.note() == null ? "" : call.note());
    }

    private void save() {
        if (AmountField.unreadable(java.util.List.of(amount))) {
            return;
        }
        try {
            call = minutes.call(meetingId, call.version(), amount.getValue(), note.getValue());
            FieldErrors.clear(amount);
            FieldErrors.clear(note);
            Notifications.success("forecast.meeting.call-saved");
        } catch (InvalidInputException refused) {
            FieldErrors.show(refused, Map.of("amount", amount, "note", note));
        } catch (StaleDataException stale) {
            call = minutes.callOf(meetingId);
            Notifications.error("forecast.meeting.call-stale");
        }
    }
}
