package com.headpin.targeting;

import com.headpin.shared.RecordType;
import com.headpin.shared.Topic;

/** The record types and topics of targeting, for publishers and subscribers alike. */
public final class TargetingTopics {

    public static final RecordType BEACHHEAD = RecordType.of("beachhead");
    /** The bowling-pin board: beachheads and showcase accounts. */
    public static final Topic BOWLING_PIN = Topic.of("bowling-pin");

    private TargetingTopics() {
    }
}
