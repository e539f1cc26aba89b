package com.headpin.forecast;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.headpin.shared.ActionStatus;
import org.jspecify.annotations.Nullable;

/**
 * A forecast meeting with its record: where the presenter is ({@code shownRepId}, {@code shownDealId}), who attended,
 * the notes and action items, and the numbers frozen at its start and (once ended) its end. {@code permissions} say
 * what the caller may do in it.
 */
public record MeetingDetails(MeetingSummary summary, @Nullable Long shownRepId, @Nullable Long shownDealId,
                             List<Attendee> attendees, List<Note> notes, List<Action> actions,
                             List<Numbers> startNumbers, List<Numbers> endNumbers, Permissions permissions) {

    public MeetingDetails {
        attendees = List.copyOf(attendees);
        notes = List.copyOf(notes);
        actions = List.copyOf(actions);
        startNumbers = List.copyOf(startNumbers);
        endNumbers = List.copyOf(endNumbers);
    }

    public long id() {
        return summary.id();
    }

    public boolean isOpen() {
        return summary.status() == MeetingStatus.OPEN;
    }

    public record Attendee(long userId, String name, Instant joinedAt) {
    }

    /** A note or decision, about one rep when {@code repId} is set. */
    public record Note(long id, long authorId, String authorName, @Nullable Long repId, @Nullable String repName,
                       String body, Instant createdAt) {
    }

    public record Action(long id, long version, String title, long ownerId, String ownerName,
                         @Nullable LocalDate dueDate, ActionStatus status, boolean overdue) {
    }

    /** The four numbers frozen at a moment: the unit's ({@code repId} null) or one rep's. */
    public record Numbers(@Nullable Long repId, String name, FourNumbers numbers) {
    }

    /**
     * @param present whether the caller presents (steps through reps and deals for everyone following)
     * @param end     whether the caller may end the meeting (and take over presenting)
     * @param write   whether the caller may add notes and action items (an open meeting's participants)
     * @param call    whether the caller makes a forecast call of their own here (a rep of the unit)
     */
    public record Permissions(boolean present, boolean end, boolean write, boolean call) {
    }
}
