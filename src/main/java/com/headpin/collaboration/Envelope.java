package com.headpin.collaboration;

/**
 * One message on the bus. {@code kind} says how to read {@code body} (JSON); {@code node} lets a node ignore its
 * own echoes from Redis; {@code sentAt} (epoch millis, 0 if unknown) measures how long live updates take.
 */
record Envelope(String kind, String topic, String node, String body, long sentAt) {

    static final String CHANGE = "change";
    static final String PRESENCE = "presence";
    static final String FOCUS = "focus";
    static final String BROADCAST = "broadcast";
}
