package com.headpin.forecast.ui;

import java.util.Optional;

import com.headpin.collaboration.ui.FormFields;
import com.headpin.collaboration.ui.LiveForm;
import com.headpin.collaboration.ui.LiveForms;
import com.headpin.forecast.MeetingCall;
import com.headpin.forecast.MeetingMinutes;
import com.headpin.forecast.internal.ForecastCall;
import com.headpin.shared.Topic;
import com.headpin.shared.ui.AmountField;
import com.headpin.shared.ui.Notifications;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A rep's own forecast call for the meeting's period, with a note on why; everyone's numbers follow. The same shared
 * form as the call in the four numbers ({@code topic}): a save made there (or in another tab) arrives here, and a
 * stale save goes through the conflict dialog and is saved again on the newer call.
 */
class MeetingCallForm extends Composite<HorizontalLayout> {

    /** The version of a call not made yet. */
    private static final long NONE = -1;

    private final AmountField amount = new AmountField();
    private final TextField note = new TextField();

    MeetingCallForm(MeetingMinutes minutes, LiveForms liveForms, long meetingId, Topic topic) {
        amount.setId("forecast-meeting-call");
        note.setId("forecast-meeting-call-note");
        FormFields<MeetingCall> fields = new FormFields<MeetingCall>("forecast-meeting-call")
                .field("amount", amount, "forecast.meeting.my-call", MeetingCall::amount)
                .text("note", note, "forecast.meeting.call-note", MeetingCall::note,
                        ForecastCall.NOTE_MAX_LENGTH);
        LiveForm<MeetingCall> shared = liveForms.open(getContent(), topic, fields, minutes.callOf(meetingId),
                call -> call.version() == null ? NONE : call.version(),
                () -> Optional.of(minutes.callOf(meetingId)));
        Button save = new Button(getTranslation("forecast.meeting.save-call"), e -> shared.save(version ->
                minutes.call(meetingId, version == NONE ? null : version, amount.getValue(), note.getValue()),
                saved -> Notifications.success("forecast.meeting.call-saved")));
        save.setId("forecast-meeting-save-call");
        HorizontalLayout layout = getContent();
        layout.setPadding(false);
        layout.setWrap(true);
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        layout.add(shared.avatars(), amount, note, save);
    }
}
