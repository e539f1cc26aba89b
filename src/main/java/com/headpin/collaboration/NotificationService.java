package com.headpin.collaboration;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import com.headpin.shared.Actor;
import com.headpin.shared.RecordChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The logged-in user's notifications (mentions), which the bell in the shell shows live. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class NotificationService {

    static final String RECORD_TYPE = "notifications";

    private final NotificationRepository notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, ApplicationEventPublisher events, Clock clock) {
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    /** The topic on which a user's notifications change. */
    public static Topic topicOf(long userId) {
        return Topic.of("notifications:" + userId);
    }

    @Transactional(readOnly = true)
    public List<NotificationView> unread(int limit) {
        return notifications.findByRecipientIdAndReadAtIsNullOrderByCreatedAtDesc(me(), PageRequest.of(0, limit))
                .stream().map(Notification::toView).toList();
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.countByRecipientIdAndReadAtIsNull(me());
    }

    public void markAllRead() {
        long me = me();
        notifications.findByRecipientIdAndReadAtIsNullOrderByCreatedAtDesc(me, PageRequest.of(0, 1000))
                .forEach(n -> n.markRead(clock.instant()));
        events.publishEvent(RecordChanged.of(RECORD_TYPE, me, Set.of(), topicOf(me).name()));
    }

    private static long me() {
        return Actor.current().orElseThrow().userId();
    }
}
