package com.headpin.collaboration;

import java.util.List;

import com.headpin.shared.RecordType;
import org.springframework.stereotype.Component;

/** Comments interleaved with field changes on every record's activity timeline. */
@Component
class CommentTimelineSource implements TimelineSource {

    private final CommentRepository comments;
    private final List<RecordAccess> access;

    CommentTimelineSource(CommentRepository comments, List<RecordAccess> access) {
        this.comments = comments;
        this.access = access;
    }

    @Override
    public List<TimelineEntry> entries(RecordType recordType, long recordId) {
        if (access.stream().noneMatch(a -> a.recordType().equals(recordType) && a.canSee(recordId))) {
            return List.of();
        }
        return comments.findByRecordTypeAndRecordIdAndDeletedFalseOrderByCreatedAtAscIdAsc(recordType.name(), recordId)
                .stream().map(Comment::toItem)
                .map(c -> new TimelineEntry(c.createdAt(), c.authorId(), c.authorName(), TimelineEntry.Kind.COMMENTED,
                        null, null, c.body()))
                .toList();
    }
}
