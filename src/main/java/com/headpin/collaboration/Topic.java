package com.headpin.collaboration;

import java.io.Serializable;

/** What a view listens to: one record ({@code user:42}), a board, a meeting, a list. */
public record Topic(String name) implements Serializable {

    public Topic {
        if (name.isBlank()) {
            throw new IllegalArgumentException("A topic needs a name");
        }
    }

    public static Topic of(String name) {
        return new Topic(name);
    }

    /** The topic of one record of a type, e.g. {@code Topic.record("account", 7)}. */
    public static Topic record(String recordType, long id) {
        return new Topic(recordType + ":" + id);
    }

    @Override
    public String toString() {
        return name;
    }
}
