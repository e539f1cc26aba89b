package com.headpin.shared;

import java.io.Serializable;

/**
 * What a view listens to: one record ({@code account:42}, from {@link RecordType#topic(long)}), a list, a board.
 * Each module declares its topics once, as constants in its {@code *Topics} class, for publishers and subscribers.
 */
public record Topic(String name) implements Serializable {

    public Topic {
        if (name.isBlank()) {
            throw new IllegalArgumentException("A topic needs a name");
        }
    }

    public static Topic of(String name) {
        return new Topic(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
