package com.headpin.stakeholders;

import org.jspecify.annotations.Nullable;

/**
 * A line on the relationship map from one contact to another: {@code from} reports to {@code to}, or {@code from}
 * listens to {@code to} (an influence line, with its id, the version it was loaded at and its note).
 */
public record MapEdge(Kind kind, long fromContactId, long toContactId, long lineId, long version,
                      @Nullable String note) {

    public enum Kind { REPORTS_TO, LISTENS_TO }

    static MapEdge reportsTo(long contactId, long managerId) {
        return new MapEdge(Kind.REPORTS_TO, contactId, managerId, 0, 0, null);
    }

    public boolean touches(long contactId) {
        return fromContactId == contactId || toContactId == contactId;
    }
}
