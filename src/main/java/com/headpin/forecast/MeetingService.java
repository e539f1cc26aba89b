package com.headpin.forecast;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.headpin.collaboration.Broadcasts;
import com.headpin.forecast.internal.ForecastMeeting;
import com.headpin.forecast.internal.ForecastMeetingRepository;
import com.headpin.forecast.internal.MeetingAttendeeRepository;
import com.headpin.forecast.internal.MeetingAttendeeRow;
import com.headpin.forecast.internal.MeetingNumbersRepository;
import com.headpin.forecast.internal.MeetingNumbersRow;
import com.headpin.organisation.OrgTree;
import com.headpin.organisation.OrgUnitSummary;
import com.headpin.organisation.OrganisationService;
import com.headpin.security.CurrentUser;
import com.headpin.security.Editors;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.RecordChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The live weekly forecast meeting of a unit for a period: opened by a director above the unit, joined by its
 * people (who are then on its record), stepped through by the presenter (the position is stored for late joiners
 * and broadcast as {@link NowShowing} to those following), ended with the numbers frozen. A meeting outside the
 * caller's part answers like a missing one. Notes, action items and calls: {@link MeetingMinutes}.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class MeetingService {

    private final ForecastMeetingRepository meetings;
    private final MeetingAttendeeRepository attendees;
    private final MeetingNumbersRepository numbers;
    private final ForecastService forecasts;
    private final OrganisationService organisation;
    private final MeetingAccess access;
    private final MeetingReader reader;
    private final CurrentUser currentUser;
    private final Broadcasts broadcasts;
    private final ApplicationEventPublisher events;
    private final Periods periods;
    private final Clock clock;

    MeetingService(ForecastMeetingRepository meetings, MeetingAttendeeRepository attendees,
                   MeetingNumbersRepository numbers, ForecastService forecasts, OrganisationService organisation,
                   MeetingAccess access, MeetingReader reader, CurrentUser currentUser, Broadcasts broadcasts,
                   ApplicationEventPublisher events, Periods periods, Clock clock) {
        this.meetings = meetings;
        this.attendees = attendees;
        this.numbers = numbers;
        this.forecasts = forecasts;
        this.organisation = organisation;
        this.access = access;
        this.reader = reader;
        this.currentUser = currentUser;
        this.broadcasts = broadcasts;
        this.events = events;
        this.periods = periods;
        this.clock = clock;
    }

    /** The meetings of the units the caller takes part in, open and ended, newest first. */
    @Transactional(readOnly = true)
    public List<MeetingSummary> list() {
        OrgTree tree = organisation.tree();
        List<Long> units = tree.all().stream().map(OrgUnitSummary::id).filter(id -> access.mayAttend(tree, id))
                .toList();
        return units.isEmpty() ? List.of()
                : reader.summaries(meetings.findByUnitIdInOrderByStartedAtDesc(units), tree);
    }

    @Transactional(readOnly = true)
    public Optional<MeetingDetails> find(long id) {
        OrgTree tree = organisation.tree();
        return meetings.findById(id).filter(m -> access.mayAttend(tree, m.getUnitId()))
                .map(m -> reader.details(m, tree));
    }

    /** The live numbers of a meeting's unit and each of its reps, for the meeting's people. */
    @Transactional(readOnly = true)
    public ForecastTable numbers(long id) {
        ForecastMeeting meeting = load(id);
        return forecasts.ofMeetingUnit(periods.parse(meeting.getPeriodKey()).orElseThrow(), meeting.getUnitId());
    }

    /** The units the caller may open a meeting for (those they manage and below; all for an administrator). */
    @Transactional(readOnly = true)
    public List<OrgUnitSummary> openable() {
        OrgTree tree = organisation.tree();
        return tree.all().stream().filter(unit -> access.mayOpen(tree, unit.id()))
                .sorted(Comparator.comparing((OrgUnitSummary u) -> tree.path(u.id()).size())
                        .thenComparing(OrgUnitSummary::name))
                .toList();
    }

    /**
     * Opens a meeting of a unit for a period, with its numbers at the start, the caller presenting. One meeting of a
     * unit and period runs at a time.
     */
    @Editors
    public MeetingDetails open(long unitId, Period period) {
        OrgTree tree = organisation.tree();
        if (!access.mayOpen(tree, unitId)) {
            throw InvalidInputException.of("unit", "forecast.meeting.managers-only");
        }
        if (meetings.existsByUnitIdAndPeriodKeyAndStatus(unitId, period.key(), MeetingStatus.OPEN)) {
            throw InvalidInputException.of("unit", "forecast.meeting.already-open");
        }
        ForecastMeeting meeting = meetings.saveAndFlush(
                new ForecastMeeting(unitId, period.key(), currentUser.requireId(), clock.instant()));
        freeze(meeting, period, MeetingNumbersRow.START);
        changed(meeting, "opened");
        return reader.details(meeting, tree);
    }

    /** The caller is present: kept on the record of an open meeting (once). */
    public void join(long id) {
        ForecastMeeting meeting = load(id);
        long me = currentUser.requireId();
        if (meeting.isOpen() && !attendees.existsByMeetingIdAndUserId(id, me)) {
            attendees.saveAndFlush(new MeetingAttendeeRow(id, me, clock.instant()));
            changed(meeting, "attendees");
        }
    }

    /**
     * The presenter shows a rep (and one of their deals, or none): stored for those who join or rejoin later, and
     * broadcast after the commit to everyone following.
     */
    public void show(long id, @Nullable Long repId, @Nullable Long dealId) {
        ForecastMeeting meeting = load(id);
        if (!meeting.isOpen() || meeting.getPresenterId() != currentUser.requireId()) {
            throw new AccessDeniedException("only the presenter steps through meeting " + id);
        }
        meetings.show(id, repId, repId == null ? null : dealId);
        NowShowing shown = new NowShowing(id, repId, repId == null ? null : dealId, meeting.getPresenterId());
        afterCommit(() -> broadcasts.send(ForecastTopics.MEETING.topic(id), shown));
    }

    /** A director above the unit takes over presenting (the presenter hands over by letting them). */
    public MeetingDetails takeOver(long id, long version) {
        ForecastMeeting meeting = load(id);
        OrgTree tree = organisation.tree();
        if (!meeting.isOpen() || !access.mayOpen(tree, meeting.getUnitId())) {
            throw InvalidInputException.of("meeting", "forecast.meeting.managers-only");
        }
        meeting.checkVersion(version);
        meeting.handOver(currentUser.requireId());
        meetings.saveAndFlush(meeting);
        changed(meeting, "presenter");
        ForecastMeeting reloaded = load(id);
        NowShowing shown = new NowShowing(id, reloaded.getShownRepId(), reloaded.getShownDealId(),
                reloaded.getPresenterId());
        afterCommit(() -> broadcasts.send(ForecastTopics.MEETING.topic(id), shown));
        return reader.details(reloaded, tree);
    }

    /** Ends the meeting: its numbers at the end are frozen beside those at the start and it becomes read-only. */
    public MeetingDetails end(long id, long version) {
        ForecastMeeting meeting = load(id);
        OrgTree tree = organisation.tree();
        if (!meeting.isOpen() || !access.mayOpen(tree, meeting.getUnitId())) {
            throw InvalidInputException.of("meeting", "forecast.meeting.managers-only");
        }
        meeting.checkVersion(version);
        meeting.end(clock.instant());
        meetings.saveAndFlush(meeting);
        freeze(meeting, periods.parse(meeting.getPeriodKey()).orElseThrow(), MeetingNumbersRow.END);
        changed(meeting, "status");
        return reader.details(meeting, tree);
    }

    private void freeze(ForecastMeeting meeting, Period period, String moment) {
        long id = meeting.requireId();
        ForecastTable table = forecasts.ofMeetingUnit(period, meeting.getUnitId());
        table.unit(meeting.getUnitId()).ifPresent(unit ->
                numbers.save(new MeetingNumbersRow(id, moment, null, unit.numbers())));
        table.reps().forEach(rep -> numbers.save(new MeetingNumbersRow(id, moment, rep.repId(), rep.numbers())));
        numbers.flush();
    }

    /** A meeting the caller takes part in, else "not found" like a missing one. */
    ForecastMeeting load(long id) {
        OrgTree tree = organisation.tree();
        return meetings.findById(id).filter(m -> access.mayAttend(tree, m.getUnitId()))
                .orElseThrow(() -> InvalidInputException.of("meeting", "forecast.meeting.not-found"));
    }

    private void changed(ForecastMeeting meeting, String field) {
        events.publishEvent(RecordChanged.of(ForecastTopics.MEETING, meeting.requireId(), Set.of(field),
                ForecastTopics.MEETINGS));
    }

    private static void afterCommit(Runnable work) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            work.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                work.run();
            }
        });
    }
}
