package com.headpin.planning.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SentReminderRepository extends JpaRepository<SentReminderRow, Long> {

    @Query("select s.accountId from SentReminderRow s where s.periodId = ?1 and s.startsOn = ?2")
    Set<Long> accountIdsSent(long periodId, LocalDate startsOn);

    List<SentReminderRow> findByAccountIdIn(Collection<Long> accountIds);
}
