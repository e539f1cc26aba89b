package com.headpin.collaboration;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    /** How many unread notifications a user has per record: the access re-check runs once per record. */
    record UnreadPerRecord(String recordType, long recordId, long count) {
    }

    List<Notification> findByRecipientIdAndReadAtIsNullOrderByCreatedAtDescIdDesc(long recipientId, Pageable page);

    /** The user's unread notifications that lead to this page: read once the user has opened it. */
    List<Notification> findByRecipientIdAndLinkAndReadAtIsNull(long recipientId, String link);

    @Query("select new com.headpin.collaboration.NotificationRepository$UnreadPerRecord(n.recordType, n.recordId, "
            + "count(n)) from Notification n where n.recipientId = :recipientId and n.readAt is null "
            + "group by n.recordType, n.recordId")
    List<UnreadPerRecord> unreadPerRecord(long recipientId);
}
