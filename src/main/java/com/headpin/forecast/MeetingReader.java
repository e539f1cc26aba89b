package com.headpin.forecast;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import com.headpin.forecast.internal.ForecastMeeting;
import com.headpin.forecast.internal.MeetingActionRepository;
import com.headpin.forecast.internal.MeetingAttendeeRepository;
import com.headpin.forecast.internal.MeetingAttendeeRow;
import com.headpin.forecast.internal.MeetingNoteRepository;
import com.headpin.forecast.internal.MeetingNoteRow;
import com.headpin.forecast.internal.MeetingNumbersRepository;
import com.headpin.forecast.internal.MeetingNumbersRow;
import com.headpin.forecast.internal.MeetingActionRow;
import com.headpin.organisation.OrgTree;
import com.headpin.organisation.OrgUnitSummary;
import com.headpin.security.CurrentUser;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import com.headpin.shared.BusinessCalendar;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Turns stored meetings into the records views get, with names resolved in one read per list. */
@Component
class MeetingReader {

    private final MeetingAttendeeRepository attendees;
    private final MeetingNoteRepository notes;
    private final MeetingActionRepository actions;
    private final MeetingNumbersRepository numbers;
    private final UserAccountService users;
    private final Periods periods;
    private final BusinessCalendar calendar;
    private final MeetingAccess access;
    private final CurrentUser currentUser;

    MeetingReader(MeetingAttendeeRepository attendees, MeetingNoteRepository notes, MeetingActionRepository actions,
                  MeetingNumbersRepository numbers, UserAccountService users, Periods periods,
                  BusinessCalendar calendar, MeetingAccess access, CurrentUser currentUser) {
        this.attendees = attendees;
        this.notes = notes;
        this.actions = actions;
        this.numbers = numbers;
        this.users = users;
        this.periods = periods;
        this.calendar = calendar;
        this.access = access;
        this.currentUser = currentUser;
    }

    List<MeetingSummary> summaries(List<ForecastMeeting> meetings, OrgTree tree) {
        Set<Long> people = new HashSet<>();
        meetings.forEach(m -> {
            people.add(m.getOpenedBy());
            people.add(m.getPresenterId());
        });
        Map<Long, String> names = names(people);
        return meetings.stream().map(m -> summary(m, tree, names, attendees.countByMeetingId(m.requireId())))
                .toList();
    }

    MeetingDetails details(ForecastMeeting meeting, OrgTree tree) {
        long id = meeting.requireId();
        List<MeetingAttendeeRow> present = attendees.findByMeetingIdOrderByJoinedAt(id);
        List<MeetingNoteRow> noteRows = notes.findByMeetingIdOrderByCreatedAtAscIdAsc(id);
        List<MeetingActionRow> actionRows = actions.findByMeetingIdOrderById(id);
        List<MeetingNumbersRow> numberRows = numbers.findByMeetingIdOrderById(id);
        Set<Long> people = new HashSet<>(List.of(meeting.getOpenedBy(), meeting.getPresenterId()));
        present.forEach(a -> people.add(a.getUserId()));
        noteRows.forEach(n -> {
            people.add(n.getAuthorId());
            if (n.getRepId() != null) {
                people.add(n.getRepId());
            }
        });
        actionRows.forEach(a -> people.add(a.getOwnerId()));
        numberRows.stream().map(MeetingNumbersRow::getRepId).filter(Objects::nonNull).forEach(people::add);
        Map<Long, String> names = names(people);
        String unitName = tree.unit(meeting.getUnitId()).map(OrgUnitSummary::name).orElse("");
        boolean open = meeting.isOpen();
        long me = currentUser.requireId();
        MeetingDetails.Permissions permissions = new MeetingDetails.Permissions(
                open && meeting.getPresenterId() == me, open && access.mayOpen(tree, meeting.getUnitId()),
                open && access.mayAttend(tree, meeting.getUnitId()),
                open && access.isRepOf(tree, meeting.getUnitId()));
        return new MeetingDetails(summary(meeting, tree, names, present.size()), meeting.getShownRepId(),
                meeting.getShownDealId(),
                present.stream().map(a -> new MeetingDetails.Attendee(a.getUserId(), name(names, a.getUserId()),
                        a.getJoinedAt())).toList(),
                noteRows.stream().map(n -> new MeetingDetails.Note(n.requireId(), n.getAuthorId(),
                        name(names, n.getAuthorId()), n.getRepId(),
                        n.getRepId() == null ? null : name(names, n.getRepId()), n.getBody(), n.getCreatedAt()))
                        .toList(),
                actionRows.stream().map(a -> new MeetingDetails.Action(a.requireId(), a.getVersion(), a.getTitle(),
                        a.getOwnerId(), name(names, a.getOwnerId()), a.getDueDate(), a.getStatus(),
                        a.isOverdue(calendar.today()))).toList(),
                numbersAt(numberRows, MeetingNumbersRow.START, unitName, names),
                numbersAt(numberRows, MeetingNumbersRow.END, unitName, names), permissions);
    }

    private MeetingSummary summary(ForecastMeeting m, OrgTree tree, Map<Long, String> names, long attendeeCount) {
        Period period = periods.parse(m.getPeriodKey())
                .orElseThrow(() -> new IllegalStateException("meeting " + m.getId() + ": no period " + m.getPeriodKey()));
        return new MeetingSummary(m.requireId(), m.getVersion(), m.getUnitId(),
                tree.unit(m.getUnitId()).map(OrgUnitSummary::name).orElse(""), period, m.getStatus(),
                m.getOpenedBy(), name(names, m.getOpenedBy()), m.getPresenterId(), name(names, m.getPresenterId()),
                m.getStartedAt(), m.getEndedAt(), attendeeCount);
    }

    /** The unit's row first, then the reps by name. */
    private static List<MeetingDetails.Numbers> numbersAt(List<MeetingNumbersRow> rows, String moment,
                                                          String unitName, Map<Long, String> names) {
        return rows.stream().filter(r -> r.getMoment().equals(moment))
                .map(r -> new MeetingDetails.Numbers(r.getRepId(),
                        r.getRepId() == null ? unitName : name(names, r.getRepId()),
                        new FourNumbers(r.getQuota(), r.getForecast(), r.getForecast(), r.getForecast(),
                                r.getCommitment(), r.getCommitment(), r.getAchievement())))
                .sorted(java.util.Comparator.comparing((MeetingDetails.Numbers n) -> n.repId() != null)
                        .thenComparing(MeetingDetails.Numbers::name))
                .toList();
    }

    private Map<Long, String> names(Collection<Long> ids) {
        return users.findAll(ids).stream().collect(Collectors.toMap(UserSummary::id, UserSummary::fullName,
                (a, b) -> a));
    }

    private static String name(Map<Long, String> names, @Nullable Long id) {
        return id == null ? "" : names.getOrDefault(id, "");
    }
}
