package com.headpin.collaboration;

import java.time.Clock;
import java.util.Set;
import java.util.TreeSet;

import com.headpin.shared.Actor;
import com.headpin.shared.RecordChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How any module tells users about a record: {@code notifier.notify(recipients, NotificationRequest.about(...))}
 * inside the caller's transaction. Stored with it (and gone with a rollback); after the commit each recipient's
 * bell updates on every node. The acting user is never notified of their own action.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class Notifier {

    private final NotificationRepository notifications;
    private final RecordAccesses access;
    private final Codec codec;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Notifier(NotificationRepository notifications, RecordAccesses access, Codec codec,
             ApplicationEventPublisher events, Clock clock) {
        this.notifications = notifications;
        this.access = access;
        this.codec = codec;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void notify(Set<Long> recipients, NotificationRequest request) {
        if (access.of(request.recordType()).isEmpty()) {
            // Without it the bell could not re-check, when showing it, whether the recipient may still see it.
            throw new IllegalArgumentException("No RecordAccess for record type " + request.recordType());
        }
        String arguments = codec.write(request.arguments());
        if (arguments.length() > Notification.ARGUMENTS_LENGTH) {
            throw new IllegalArgumentException("Notification arguments too long: " + arguments.length());
        }
        // The system user (id 0) that runs start-up and scheduled work is nobody's actor.
        Long actor = Actor.current().map(Actor::userId).filter(id -> id != 0).orElse(null);
        for (long recipient : new TreeSet<>(recipients)) {
            if (actor != null && recipient == actor) {
                continue;
            }
            notifications.save(new Notification(recipient, request, arguments, actor, clock.instant()));
            events.publishEvent(RecordChanged.of(CollaborationTopics.NOTIFICATIONS, recipient, Set.of()));
        }
    }
}
