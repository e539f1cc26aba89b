package com.headpin.accounts.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ContactRepository extends JpaRepository<Contact, Long> {

    List<Contact> findByAccountIdOrderByName(long accountId);

    boolean existsByReportsToId(long contactId);

    /**
     * Moves the last contact of these contacts forward to {@code date} (by {@code byUserId}); a contact met on that
     * day or later keeps theirs. One statement that leaves the versions alone: open contact forms do not go stale.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Contact c set c.lastContactDate = :date, c.lastContactBy = :byUserId where c.id in :ids "
            + "and (c.lastContactDate is null or c.lastContactDate < :date)")
    int moveLastContactForward(Collection<Long> ids, LocalDate date, long byUserId);
}
