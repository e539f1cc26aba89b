package com.headpin.collaboration;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A comment as threads and timelines show it; {@code body} is plain text and is never rendered as HTML. */
public record CommentItem(long id, long version, String recordType, long recordId, long authorId, String authorName,
                          String body, Instant createdAt, @Nullable Instant editedAt) {
}
