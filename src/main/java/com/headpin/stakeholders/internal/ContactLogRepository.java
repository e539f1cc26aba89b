package com.headpin.stakeholders.internal;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ContactLogRepository extends JpaRepository<ContactLogEntry, Long> {

    /** Newest first: by the day met, then the one logged last. */
    List<ContactLogEntry> findByDealIdOrderByDateDescIdDesc(long dealId);

    Page<ContactLogEntry> findByAccountIdOrderByDateDescIdDesc(long accountId, Pageable pageable);

    @Query("select e from ContactLogEntry e where :contactId member of e.contactIds")
    List<ContactLogEntry> findMentioning(long contactId);

    @Query("select count(e) from ContactLogEntry e where :contactId member of e.contactIds")
    long countMentioning(long contactId);
}
