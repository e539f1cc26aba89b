package com.headpin.forecast.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import com.headpin.forecast.MeetingActionInput;
import com.headpin.forecast.MeetingDetails;
import com.headpin.forecast.MeetingMinutes;
import com.headpin.forecast.RepNumbers;
import com.headpin.shared.ActionItemEntity;
import com.headpin.shared.ActionStatus;
import com.headpin.shared.Dates;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.StaleDataException;
import com.headpin.shared.ui.DateField;
import com.headpin.shared.ui.FieldErrors;
import com.headpin.shared.ui.Notifications;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

/**
 * Notes (decisions) and action items of a meeting: listed for everyone, live; written by its people while it runs.
 * A note is about the rep shown when it is written.
 */
class MeetingMinutesPanel extends Composite<VerticalLayout> {

    private final MeetingMinutes minutes;
    private final long meetingId;
    private final long me;
    private final Div notes = new Div();
    private final Div actions = new Div();
    private final Select<Long> owner = new Select<>();
    private final Map<Long, String> people = new LinkedHashMap<>();
    private boolean mayChangeAll;

    MeetingMinutesPanel(MeetingMinutes minutes, MeetingDetails meeting, long me,
                        Supplier<@Nullable RepNumbers> shownRep) {
        this.minutes = minutes;
        this.meetingId = meeting.id();
        this.me = me;
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        notes.setId("forecast-meeting-notes");
        actions.setId("forecast-meeting-actions");
        layout.add(new H3(getTranslation("forecast.meeting.notes")), notes);
        if (meeting.permissions().write()) {
            layout.add(noteForm(shownRep));
        }
        layout.add(new H3(getTranslation("forecast.meeting.actions")), actions);
        if (meeting.permissions().write()) {
            layout.add(actionForm());
        }
    }

    /** Shows the meeting's notes and items; {@code reps} are offered as owners beside those present. */
    void show(MeetingDetails meeting, Iterable<RepNumbers> reps) {
        mayChangeAll = meeting.permissions().end();
        notes.removeAll();
        meeting.notes().forEach(note -> {
            Paragraph line = new Paragraph();
            line.addClassName("forecast-meeting-note");
            Span who = new Span(note.repName() == null ? note.authorName()
                    : getTranslation("forecast.meeting.note-about", note.authorName(), note.repName()));
            who.addClassName("forecast-meeting-note-author");
            line.add(who, new Span(note.body()));
            notes.add(line);
        });
        actions.removeAll();
        meeting.actions().forEach(action -> actions.add(actionLine(action)));
        people.clear();
        reps.forEach(rep -> people.put(rep.repId(), rep.name()));
        meeting.attendees().forEach(a -> people.putIfAbsent(a.userId(), a.name()));
        Long chosen = owner.getValue();
        owner.setItems(people.keySet());
        owner.setValue(chosen != null && people.containsKey(chosen) ? chosen : null);
    }

    private HorizontalLayout noteForm(Supplier<@Nullable RepNumbers> shownRep) {
        TextArea text = new TextArea(getTranslation("forecast.meeting.note"));
        text.setId("forecast-meeting-note-text");
        text.setMaxLength(2000);
        text.setWidthFull();
        Button add = new Button(getTranslation("forecast.meeting.add-note"), e -> {
            RepNumbers rep = shownRep.get();
            try {
                minutes.addNote(meetingId, rep == null ? null : rep.repId(), text.getValue());
                text.clear();
                FieldErrors.clear(text);
            } catch (InvalidInputException refused) {
                FieldErrors.show(refused, Map.of("note", text));
            }
        });
        add.setId("forecast-meeting-add-note");
        HorizontalLayout form = new HorizontalLayout(text, add);
        form.setWidthFull();
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        return form;
    }

    private HorizontalLayout actionForm() {
        TextField title = new TextField(getTranslation("forecast.meeting.action-title"));
        title.setId("forecast-meeting-action-title");
        title.setMaxLength(ActionItemEntity.TITLE_MAX_LENGTH);
        owner.setId("forecast-meeting-action-owner");
        owner.setLabel(getTranslation("forecast.meeting.action-owner"));
        owner.setItemLabelGenerator(id -> id == null ? "" : people.getOrDefault(id, ""));
        DateField due = new DateField(getTranslation("forecast.meeting.action-due"));
        due.setId("forecast-meeting-action-due");
        Button add = new Button(getTranslation("forecast.meeting.add-action"), e -> {
            if (due.holdsUnreadableText()) {
                return;
            }
            try {
                minutes.addAction(meetingId, new MeetingActionInput(title.getValue(), owner.getValue(),
                        due.getValue()));
                title.clear();
                due.clear();
                FieldErrors.clear(title);
                FieldErrors.clear(owner);
            } catch (InvalidInputException refused) {
                FieldErrors.show(refused, Map.of("title", title, "owner", owner, "dueDate", due));
            }
        });
        add.setId("forecast-meeting-add-action");
        HorizontalLayout form = new HorizontalLayout(title, owner, due, add);
        form.setWrap(true);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        return form;
    }

    private HorizontalLayout actionLine(MeetingDetails.Action action) {
        Checkbox done = new Checkbox(action.status() == ActionStatus.DONE);
        done.setAriaLabel(getTranslation("forecast.meeting.action-done"));
        done.setReadOnly(action.ownerId() != me && !mayChangeAll);
        done.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            try {
                minutes.setActionStatus(action.id(), action.version(),
                        e.getValue() ? ActionStatus.DONE : ActionStatus.OPEN);
            } catch (InvalidInputException | StaleDataException refused) {
                done.setValue(!e.getValue());
                Notifications.error("forecast.meeting.action-refused");
            }
        });
        Span text = new Span(action.title());
        Span who = new Span(action.dueDate() == null ? action.ownerName()
                : getTranslation("forecast.meeting.action-by", action.ownerName(),
                Dates.format(action.dueDate(), getLocale())));
        who.addClassName(action.overdue() ? "forecast-meeting-overdue" : "forecast-meeting-action-owner");
        HorizontalLayout line = new HorizontalLayout(done, text, who);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        line.addClassName("forecast-meeting-action");
        return line;
    }
}
