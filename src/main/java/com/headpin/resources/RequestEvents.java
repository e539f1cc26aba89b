package com.headpin.resources;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.headpin.resources.internal.ResourceRequest;
import com.headpin.shared.RecordChanged;
import com.headpin.shared.Topic;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;

/** A request's change announced where it shows: its deal's war room, the board, the assigned person's list. */
final class RequestEvents {

    private RequestEvents() {
    }

    static void announce(ApplicationEventPublisher events, ResourceRequest request) {
        announce(events, request, null);
    }

    static void announce(ApplicationEventPublisher events, ResourceRequest request, @Nullable Long assigneeUserId) {
        List<Topic> also = new ArrayList<>(List.of(ResourceTopics.ofDeal(request.getDealId()), ResourceTopics.BOARD));
        if (assigneeUserId != null) {
            also.add(ResourceTopics.ofPerson(assigneeUserId));
        }
        events.publishEvent(RecordChanged.of(ResourceTopics.REQUEST, request.requireId(),
                Set.of(request.getStatus().name()), also.toArray(Topic[]::new)));
    }
}
