package com.headpin.resources;

import com.headpin.shared.RecordType;
import com.headpin.shared.Topic;

/** The record types and topics of resources, for publishers and subscribers alike. */
public final class ResourceTopics {

    /** One person of the pool (type, capacity, absences). */
    public static final RecordType RESOURCE = RecordType.of("resource");
    /** One request from a deal; every change is also announced on its deal's ({@link #ofDeal}) and on the board. */
    public static final RecordType REQUEST = RecordType.of("resource-request");
    /** The requests of one deal, by deal id (the war room's tab). */
    public static final RecordType DEAL_REQUESTS = RecordType.of("deal-resource-requests");
    /** The requests assigned to one person, by user id ("my assignments"). */
    public static final RecordType PERSON_ASSIGNMENTS = RecordType.of("person-assignments");
    /** The pool as a whole: people added, changed, absences. */
    public static final Topic POOL = Topic.of("resource-pool");
    /** Any request made, assigned, declined or done: the board, demand and reports follow it. */
    public static final Topic BOARD = Topic.of("resource-board");

    private ResourceTopics() {
    }

    public static Topic ofDeal(long dealId) {
        return DEAL_REQUESTS.topic(dealId);
    }

    public static Topic ofPerson(long userId) {
        return PERSON_ASSIGNMENTS.topic(userId);
    }
}
