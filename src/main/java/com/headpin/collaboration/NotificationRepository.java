package com.headpin.collaboration;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findByRecipientIdAndReadAtIsNullOrderByCreatedAtDesc(long recipientId, Pageable page);

    long countByRecipientIdAndReadAtIsNull(long recipientId);
}
