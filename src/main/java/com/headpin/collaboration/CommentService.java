package com.headpin.collaboration;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * an @username of someone who may see it notifies them. Authors edit or delete their own comment for 15 minutes.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class CommentService {

    public static final Duration EDIT_WINDOW = Duration.ofMinutes(15);
    public static final int MAX_LENGTH = 4000;
    private static final Pattern MENTION = Pattern.compile("(?<![\\w@])@([a-z0-9][a-z0-9._-]{1,49})");

    private static final String MENTION_KEY = "notifications.mention";
    private static final int EXCERPT_LENGTH = 200;

    private final CommentRepository comments;
    private final Notifier notifier;
    private final RecordAccesses access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final BusinessCalendar calendar;

    CommentService(CommentRepository comments, Notifier notifier, RecordAccesses access,
                   ApplicationEventPublisher events, Clock clock, BusinessCalendar calendar) {
        this.comments = comments;
        this.notifier = notifier;
        this.access = access;
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

    public CommentItem add(RecordType recordType, long recordId, String body) {
        RecordAccess records = requireAccess(recordType, recordId);
        String text = checked(body);
        Actor me = Actor.current().orElseThrow();
        Comment comment = comments.saveAndFlush(new Comment(recordType, recordId, me.userId(), me.fullName(), text,
                clock.instant()));
        notifyMentioned(records, comment, text, me, Set.of());
        announce(recordType, recordId);
        return comment.toItem();
    }

    public CommentItem edit(long commentId, String body) {
        Comment comment = own(commentId);
        String text = checked(body);
        Set<String> before = mentions(comment.toItem().body());
        comment.edit(text, clock.instant());
        comments.saveAndFlush(comment);
        notifyMentioned(requireAccess(comment.getRecordType(), comment.getRecordId()), comment, text,
                Actor.current().orElseThrow(), before);
        announce(comment.getRecordType(), comment.getRecordId());
        return comment.toItem();
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

    private void notifyMentioned(RecordAccess records, Comment comment, String text, Actor me,
                                 Set<String> alreadyNotified) {
        Set<String> mentioned = mentions(text);
        mentioned.removeAll(alreadyNotified);
        if (mentioned.isEmpty()) {
            return;
        }
        long recordId = comment.getRecordId();
        Set<Long> recipients = records.mentionable(recordId).stream()
                .filter(user -> mentioned.contains(user.username()))
                .map(Mentionable::userId)
                .collect(Collectors.toSet());
        String excerpt = text.length() > EXCERPT_LENGTH ? text.substring(0, EXCERPT_LENGTH - 3) + "…" : text;
        notifier.notify(recipients, NotificationRequest.about(comment.getRecordType(), recordId,
                records.link(recordId), MENTION_KEY, me.fullName(), excerpt));
    }

    static Set<String> mentions(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
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
