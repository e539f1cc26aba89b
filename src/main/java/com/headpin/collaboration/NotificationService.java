package com.headpin.collaboration;

import java.time.Clock;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.headpin.shared.Actor;
import com.headpin.shared.RecordChanged;
import com.headpin.shared.Topic;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The logged-in user's notifications, which the bell in the shell shows live. Access is checked again when they
 * are shown: a notification about a record the user can no longer see is neither listed nor counted.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class NotificationService {

    /** Unread notifications looked at for the list; older ones are still counted. */
    private static final int SCAN = 500;

    private final NotificationRepository notifications;
    private final RecordAccesses access;
    private final Codec codec;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, RecordAccesses access, Codec codec,
                        ApplicationEventPublisher events, Clock clock) {
        this.notifications = notifications;
        this.access = access;
        this.codec = codec;
        this.events = events;
        this.clock = clock;
    }

    /** The topic on which a user's notifications change. */
    public static Topic topicOf(long userId) {
        return CollaborationTopics.NOTIFICATIONS.topic(userId);
    }

    /** The newest unread notifications about records the user may see, each with the record's name in the locale. */
    @Transactional(readOnly = true)
    public List<NotificationItem> unread(int limit, Locale locale) {
        long me = me();
        Set<RecordKey> visible = new HashSet<>();
        visibleUnread(me).forEach(r -> visible.add(new RecordKey(r.recordType(), r.recordId())));
        return notifications.findByRecipientIdAndReadAtIsNullOrderByCreatedAtDescIdDesc(me, PageRequest.of(0, SCAN))
                .stream()
                .filter(n -> visible.contains(new RecordKey(n.getRecordType(), n.getRecordId())))
                .limit(limit)
                .map(n -> n.toItem(access.of(n.getRecordType()).map(a -> a.name(n.getRecordId(), locale)).orElse(""),
                        Arrays.asList(codec.read(n.getArguments(), Object[].class))))
                .toList();
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        return visibleUnread(me()).stream().mapToLong(NotificationRepository.UnreadPerRecord::count).sum();
    }

    /** Marks one of the user's notifications read (someone else's is left alone). */
    public void markRead(long notificationId) {
        long me = me();
        notifications.findById(notificationId).filter(n -> n.getRecipientId() == me).ifPresent(n -> {
            n.markRead(clock.instant());
            announce(me);
        });
    }

    /**
     * Marks the user's notifications that lead to {@code route} ({@code "deals/42"}) read: the user has opened the
     * page they point to. Whichever record page it is, the shell calls this after each navigation. Whether any was.
     */
    public boolean markReadAt(String route) {
        if (route.isEmpty()) {
            // Notifications without a page lead nowhere: opening the home page reads none of them.
            return false;
        }
        long me = me();
        List<Notification> seen = notifications.findByRecipientIdAndLinkAndReadAtIsNull(me, route);
        if (!seen.isEmpty()) {
            seen.forEach(n -> n.markRead(clock.instant()));
            announce(me);
        }
        return !seen.isEmpty();
    }

    public void markAllRead() {
        long me = me();
        notifications.findByRecipientIdAndReadAtIsNullOrderByCreatedAtDescIdDesc(me, PageRequest.of(0, 1000))
                .forEach(n -> n.markRead(clock.instant()));
        announce(me);
    }

    /** One access check per record, not per notification. */
    private List<NotificationRepository.UnreadPerRecord> visibleUnread(long me) {
        return notifications.unreadPerRecord(me).stream()
                .filter(r -> access.canSee(r.recordType(), r.recordId()))
                .toList();
    }

    private void announce(long me) {
        // The user's other tabs and nodes update their bells too.
        events.publishEvent(RecordChanged.of(CollaborationTopics.NOTIFICATIONS, me, Set.of()));
    }

    private static long me() {
        return Actor.current().orElseThrow().userId();
    }

    private record RecordKey(String recordType, long recordId) {
    }
}
