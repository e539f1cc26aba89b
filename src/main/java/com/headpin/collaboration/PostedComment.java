package com.headpin.collaboration;

import java.util.List;

/**
 * A comment as saved, and the names of the people it mentions who cannot see the record: they were not notified,
 * and the writer is told so at once.
 */
public record PostedComment(CommentItem comment, List<String> notNotified) {

    public PostedComment {
        notNotified = List.copyOf(notNotified);
    }
}
