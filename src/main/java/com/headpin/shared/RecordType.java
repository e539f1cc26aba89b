package com.headpin.shared;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * A kind of record other modules hear about, comment on and are notified about ({@code account}). Declared once, in
 * the owning module's {@code *Topics} class. The name is what change messages and the comments and notifications
 * tables carry, so it never changes once used.
 */
public record RecordType(String name) implements Serializable {

    // Lower-case words joined by '-': never ':' (the separator in record topics) and fits the tables' record_type column.
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final int MAX_LENGTH = 40;

    public RecordType {
        if (name.length() > MAX_LENGTH || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a record type name: '" + name + "'");
        }
    }

    public static RecordType of(String name) {
        return new RecordType(name);
    }

    /** The topic of one record of this type, e.g. {@code account:42}. */
    public Topic topic(long id) {
        return new Topic(name + ":" + id);
    }

    @Override
    public String toString() {
        return name;
    }
}
