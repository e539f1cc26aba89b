package com.headpin.forecast;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.headpin.forecast.internal.ForecastCallRepository;
import com.headpin.forecast.internal.ForecastMeeting;
import com.headpin.forecast.internal.MeetingActionRepository;
import com.headpin.forecast.internal.MeetingActionRow;
import com.headpin.forecast.internal.MeetingNoteRepository;
import com.headpin.forecast.internal.MeetingNoteRow;
import com.headpin.organisation.OrgTree;
import com.headpin.organisation.OrganisationService;
import com.headpin.security.CurrentUser;
import com.headpin.security.Editors;
import com.headpin.shared.ActionItemEntity;
import com.headpin.shared.ActionStatus;
import com.headpin.shared.BusinessCalendar;
import com.headpin.shared.InputRules;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.RecordChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is captured in an open forecast meeting: notes and decisions, action items (owner and due date, among the
 * meeting's people), and the reps' own forecast calls for the meeting's period. An ended meeting is read-only.
 * The call here is the meeting's own minimal writer of {@code forecast_calls}; announced like any change of numbers.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class MeetingMinutes {

    private final MeetingService meetings;
    private final MeetingNoteRepository notes;
    private final MeetingActionRepository actions;
    private final ForecastCallRepository calls;
    private final ForecastCallService forecastCalls;
    private final OrganisationService organisation;
    private final MeetingAccess access;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final BusinessCalendar calendar;
    private final Clock clock;

    MeetingMinutes(MeetingService meetings, MeetingNoteRepository notes, MeetingActionRepository actions,
                   ForecastCallRepository calls, ForecastCallService forecastCalls,
                   OrganisationService organisation, MeetingAccess access,
                   CurrentUser currentUser, ApplicationEventPublisher events, BusinessCalendar calendar,
                   Clock clock) {
        this.meetings = meetings;
        this.notes = notes;
        this.actions = actions;
        this.calls = calls;
        this.forecastCalls = forecastCalls;
        this.organisation = organisation;
        this.access = access;
        this.currentUser = currentUser;
        this.events = events;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** A note or decision, about one of the unit's reps when {@code repId} is given. */
    @Editors
    public void addNote(long meetingId, @Nullable Long repId, @Nullable String body) {
        ForecastMeeting meeting = writable(meetingId);
        InputRules rules = new InputRules().required("note", body)
                .maxLength("note", body, MeetingNoteRow.BODY_MAX_LENGTH);
        if (repId != null && !RollUp.repsUnder(organisation.tree(), meeting.getUnitId()).contains(repId)) {
            rules.reject("note", "forecast.meeting.not-a-rep");
        }
        rules.check();
        notes.saveAndFlush(new MeetingNoteRow(meetingId, currentUser.requireId(), repId,
                Objects.requireNonNull(body), clock.instant()));
        changed(meetingId, "notes");
    }

    /** An action item owned by one of the meeting's people. */
    @Editors
    public void addAction(long meetingId, MeetingActionInput input) {
        ForecastMeeting meeting = writable(meetingId);
        OrgTree tree = organisation.tree();
        InputRules rules = new InputRules().name("title", input.title(), ActionItemEntity.TITLE_MAX_LENGTH)
                .date("dueDate", input.dueDate());
        if (input.ownerId() == null) {
            rules.reject("owner", "validation.required");
        } else if (!MeetingAccess.participants(tree, meeting.getUnitId()).contains(input.ownerId())) {
            rules.reject("owner", "forecast.meeting.not-a-participant");
        }
        rules.check();
        MeetingActionRow row = new MeetingActionRow(meetingId);
        row.apply(Objects.requireNonNull(input.title()), Objects.requireNonNull(input.ownerId()), input.dueDate(),
                ActionStatus.OPEN);
        actions.saveAndFlush(row);
        changed(meetingId, "actions");
    }

    /** Marks an action item done (or open again), from the version the caller saw; also after the meeting ended. */
    @Editors
    public void setActionStatus(long actionId, long version, ActionStatus status) {
        MeetingActionRow row = actions.findById(actionId)
                .orElseThrow(() -> InvalidInputException.of("meeting", "forecast.meeting.not-found"));
        ForecastMeeting meeting = meetings.load(row.getMeetingId());
        long me = currentUser.requireId();
        if (row.getOwnerId() != me && !access.mayOpen(organisation.tree(), meeting.getUnitId())) {
            throw InvalidInputException.of("status", "forecast.meeting.managers-only");
        }
        row.checkVersion(version);
        row.apply(row.getTitle(), row.getOwnerId(), row.getDueDate(), status);
        actions.saveAndFlush(row);
        changed(row.getMeetingId(), "actions");
    }

    /** The caller's open action items from the forecast meetings they take part in, by due date. */
    @Transactional(readOnly = true)
    public List<OwnMeetingAction> mine() {
        List<OwnMeetingAction> mine = new ArrayList<>();
        for (MeetingActionRow row : actions.findByOwnerIdAndStatusOrderByDueDateAscIdAsc(currentUser.requireId(),
                ActionStatus.OPEN)) {
            meetings.find(row.getMeetingId()).ifPresent(meeting -> mine.add(new OwnMeetingAction(meeting.id(),
                    meeting.summary().unitName(), meeting.summary().period(), row.requireId(), row.getTitle(),
                    row.getDueDate(), row.isOverdue(calendar.today()))));
        }
        return mine;
    }

    /** The caller's own forecast call for the meeting's period (no version and no amount when none was made). */
    @Transactional(readOnly = true)
    public MeetingCall callOf(long meetingId) {
        ForecastMeeting meeting = meetings.load(meetingId);
        return calls.findByPeriodKeyAndUserId(meeting.getPeriodKey(), currentUser.requireId())
                .map(c -> new MeetingCall(c.getVersion(), c.getAmount(), c.getNote()))
                .orElse(new MeetingCall(null, null, null));
    }

    /**
     * A rep of the meeting's unit makes (or changes) their own forecast call for its period, from the version they
     * saw (null: none yet), through the one call service; the numbers of everyone watching follow.
     */
    @Editors
    public MeetingCall call(long meetingId, @Nullable Long version, @Nullable BigDecimal amount,
                            @Nullable String note) {
        ForecastMeeting meeting = writable(meetingId);
        if (!access.isRepOf(organisation.tree(), meeting.getUnitId())) {
            throw new AccessDeniedException("only the unit's reps make a call in meeting " + meetingId);
        }
        RepForecastEntry entry = forecastCalls.call(new CallInput(currentUser.requireId(), meeting.getPeriodKey(),
                amount, note, version));
        return new MeetingCall(entry.callVersion(), entry.call(), entry.callNote());
    }

    private ForecastMeeting writable(long meetingId) {
        ForecastMeeting meeting = meetings.load(meetingId);
        if (!meeting.isOpen()) {
            throw InvalidInputException.of("meeting", "forecast.meeting.ended");
        }
        return meeting;
    }

    private void changed(long meetingId, String field) {
        events.publishEvent(RecordChanged.of(ForecastTopics.MEETING, meetingId, Set.of(field),
                ForecastTopics.MEETINGS));
    }
}
