package com.headpin.collaboration;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.headpin.shared.Actor;
import com.headpin.shared.BusinessCalendar;
import com.headpin.shared.InputRules;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.RecordChanged;
import com.headpin.shared.RecordType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments on any record whose module provides a {@link RecordAccess}: whoever may see the record may comment;
 * an @name (or @username) of someone who may see it notifies them, and the writer learns at once who was named but
 * cannot see it. Authors edit or delete their own comment for 15 minutes.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class CommentService {

    public static final Duration EDIT_WINDOW = Duration.ofMinutes(15);
    public static final int MAX_LENGTH = 4000;

    private static final String MENTION_KEY = "notifications.mention";
    private static final int EXCERPT_LENGTH = 200;

    private final CommentRepository comments;
    private final Notifier notifier;
    private final RecordAccesses access;
    private final People people;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final BusinessCalendar calendar;

    CommentService(CommentRepository comments, Notifier notifier, RecordAccesses access, People people,
                   ApplicationEventPublisher events, Clock clock, BusinessCalendar calendar) {
        this.comments = comments;
        this.notifier = notifier;
        this.access = access;
        this.people = people;
        this.events = events;
        this.clock = clock;
        this.calendar = calendar;
    }

    /** The zone comment times are shown in: the company's, the same for every user. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public ZoneId zone() {
        return calendar.zone();
    }

    @Transactional(readOnly = true)
    public List<CommentItem> list(RecordType recordType, long recordId) {
        requireAccess(recordType, recordId);
        return comments.findByRecordTypeAndRecordIdAndDeletedFalseOrderByCreatedAtAscIdAsc(recordType.name(), recordId)
                .stream().map(Comment::toItem).toList();
    }

    /** Who a comment on the record may @mention. */
    @Transactional(readOnly = true)
    public List<Mentionable> mentionable(RecordType recordType, long recordId) {
        return requireAccess(recordType, recordId).mentionable(recordId);
    }

    public PostedComment add(RecordType recordType, long recordId, String body) {
        RecordAccess records = requireAccess(recordType, recordId);
        List<Mentionable> everyone = people.active();
        Mentions.Found found = Mentions.in(checked(body), everyone);
        String text = checked(found.text());
        Actor me = Actor.current().orElseThrow();
        Comment comment = comments.saveAndFlush(new Comment(recordType, recordId, me.userId(), me.fullName(), text,
                clock.instant()));
        List<String> notNotified = notifyMentioned(records, comment, found.people(), me, Set.of());
        announce(recordType, recordId);
        return new PostedComment(comment.toItem(), notNotified);
    }

    public PostedComment edit(long commentId, String body) {
        Comment comment = own(commentId);
        List<Mentionable> everyone = people.active();
        Mentions.Found found = Mentions.in(checked(body), everyone);
        String text = checked(found.text());
        Set<Mentionable> before = Mentions.in(comment.toItem().body(), everyone).people();
        comment.edit(text, clock.instant());
        comments.saveAndFlush(comment);
        List<String> notNotified = notifyMentioned(requireAccess(comment.getRecordType(), comment.getRecordId()),
                comment, found.people(), Actor.current().orElseThrow(), before);
        announce(comment.getRecordType(), comment.getRecordId());
        return new PostedComment(comment.toItem(), notNotified);
    }

    /** Deletes the comment as the author last saw it ({@code version}); one edited since (another tab) stays. */
    public void delete(long commentId, long version) {
        Comment comment = own(commentId);
        comment.checkVersion(version);
        comment.delete();
        comments.saveAndFlush(comment);
        announce(comment.getRecordType(), comment.getRecordId());
    }

    /** Whether the logged-in author may still change this comment (own, and within 15 minutes). */
    public boolean canChange(CommentItem comment) {
        return Actor.current().map(Actor::userId).filter(id -> id == comment.authorId()).isPresent()
                && comment.createdAt().plus(EDIT_WINDOW).isAfter(clock.instant());
    }

    private Comment own(long commentId) {
        Comment comment = comments.findById(commentId)
                .orElseThrow(() -> InvalidInputException.of("body", "comment.not-found"));
        requireAccess(comment.getRecordType(), comment.getRecordId());
        if (!canChange(comment.toItem())) {
            throw InvalidInputException.of("body", "comment.edit-window");
        }
        return comment;
    }

    /** Notifies the newly mentioned who may see the record; returns the names of those who may not. */
    private List<String> notifyMentioned(RecordAccess records, Comment comment, Set<Mentionable> mentioned, Actor me,
                                         Set<Mentionable> alreadyNotified) {
        Set<Long> before = alreadyNotified.stream().map(Mentionable::userId).collect(Collectors.toSet());
        List<Mentionable> added = mentioned.stream()
                .filter(user -> !before.contains(user.userId()) && user.userId() != me.userId()).toList();
        if (added.isEmpty()) {
            return List.of();
        }
        long recordId = comment.getRecordId();
        Set<Long> mayBeTold = new HashSet<>();
        records.mentionable(recordId).forEach(user -> mayBeTold.add(user.userId()));
        Set<Long> recipients = added.stream().map(Mentionable::userId).filter(mayBeTold::contains)
                .collect(Collectors.toSet());
        String text = comment.toItem().body();
        String excerpt = text.length() > EXCERPT_LENGTH ? text.substring(0, EXCERPT_LENGTH - 3) + "…" : text;
        if (!recipients.isEmpty()) {
            notifier.notify(recipients, NotificationRequest.about(comment.getRecordType(), recordId,
                    records.link(recordId), MENTION_KEY, me.fullName(), excerpt));
        }
        return added.stream().filter(user -> !mayBeTold.contains(user.userId())).map(Mentionable::fullName).toList();
    }

    private RecordAccess requireAccess(RecordType recordType, long recordId) {
        return access.of(recordType).filter(records -> records.canSee(recordId))
                .orElseThrow(() -> new AccessDeniedException("No access to " + recordType + " " + recordId));
    }

    private static String checked(String body) {
        String text = body == null ? "" : body.strip();
        new InputRules().required("body", text).maxLength("body", text, MAX_LENGTH).check();
        return text;
    }

    private void announce(RecordType recordType, long recordId) {
        events.publishEvent(RecordChanged.of(recordType, recordId, Set.of("comments")));
    }
}
