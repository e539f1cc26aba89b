package com.headpin.collaboration;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One line of a record's activity timeline: a field change from history, or a comment.
 *
 * @param kind    what happened
 * @param field   for {@link Kind#FIELD_CHANGED}: the i18n key of the field's label
 * @param before  the old value as text (field changes)
 * @param after   the new value as text (field changes), or the comment's text
 */
public record TimelineEntry(Instant at, long actorId, String actorName, Kind kind, @Nullable String field,
                            @Nullable String before, @Nullable String after) {

    public enum Kind { CREATED, FIELD_CHANGED, COMMENTED }
}
