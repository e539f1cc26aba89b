package com.headpin.collaboration;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CommentRepository extends JpaRepository<Comment, Long> {

    List<Comment> findByRecordTypeAndRecordIdAndDeletedFalseOrderByCreatedAtAscIdAsc(String recordType,
                                                                                     long recordId);
}
