package com.headpin.collaboration;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;

import com.headpin.shared.Actor;
import com.headpin.shared.RecordChanged;
import com.headpin.shared.Topic;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends each {@link RecordChanged} to the bus after its transaction commits (a rolled-back change is never
 * announced); published outside a transaction, it goes out at once.
 */
@Component
class ChangeEvents {

    private final CollaborationBus bus;
    private final Codec codec;
    private final Clock clock;

    ChangeEvents(CollaborationBus bus, Codec codec, Clock clock) {
        this.bus = bus;
        this.codec = codec;
        this.clock = clock;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(RecordChanged event) {
        long userId = Actor.current().map(Actor::userId).orElse(0L);
        String userName = Actor.current().map(Actor::fullName).orElse("");
        Set<Topic> topics = new LinkedHashSet<>();
        topics.add(event.topic());
        topics.addAll(event.alsoOn());
        for (Topic topic : topics) {
            Change change = new Change(topic, event.recordType().name(), event.recordId(), event.fields(), userId,
                    userName, clock.instant());
            bus.publish(Envelope.CHANGE, topic, codec.write(change));
        }
    }
}
