package com.headpin.deals.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import com.headpin.deals.DealStage;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface DealHistoryRepository extends JpaRepository<DealHistoryRow, Long> {

    List<DealHistoryRow> findByDealIdOrderByEffectiveOnAscIdAsc(long dealId);

    /**
     * A row for each open deal at {@code stage}, whose probability changed in the sales process: one statement,
     * deals (and their versions) untouched.
     */
    @Modifying(flushAutomatically = true)
    @Query("""
            insert into DealHistoryRow (version, dealId, effectiveOn, recordedAt, recordedBy, change, stage,
                probability, amount, expectedClose, forecastCategory, outcome)
            select 0, d.id, :effectiveOn, :recordedAt, :recordedBy, com.headpin.deals.DealChange.PROBABILITY, d.stage,
                :probability, d.amount, d.expectedClose, d.forecastCategory, d.outcome
            from Deal d where d.outcome = com.headpin.deals.DealOutcome.OPEN and d.stage = :stage
            """)
    int recordProbability(DealStage stage, int probability, LocalDate effectiveOn, Instant recordedAt,
                          long recordedBy);

    /** Per deal, the day it entered its current stage: the last row that changed the stage (or created the deal). */
    @Query("""
            select h.dealId as dealId, max(h.effectiveOn) as since from DealHistoryRow h
            where h.dealId in :dealIds
              and (h.fromStage is not null or h.change = com.headpin.deals.DealChange.CREATED)
            group by h.dealId
            """)
    List<StageSince> stageSince(Collection<Long> dealIds);

    /**
     * Per deal of these owners, its state on {@code day} (the last row effective on or before it, the later row of
     * a day winning) with the deal's name and owner: the open and delayed ones, and those closed on or after
     * {@code closedSince} (won, lost or re-dated since). One statement whatever the number of deals.
     */
    @Query("""
            select h, d.name, d.ownerId from DealHistoryRow h join Deal d on d.id = h.dealId
            where d.ownerId in :ownerIds and h.effectiveOn <= :day
              and not exists (select 1 from DealHistoryRow later where later.dealId = h.dealId
                  and later.effectiveOn <= :day
                  and (later.effectiveOn > h.effectiveOn or later.effectiveOn = h.effectiveOn and later.id > h.id))
              and (h.outcome in (com.headpin.deals.DealOutcome.OPEN, com.headpin.deals.DealOutcome.DELAYED)
                  or h.effectiveOn >= :closedSince or h.expectedClose >= :closedSince)
            order by h.dealId
            """)
    List<Object[]> statesOn(Collection<Long> ownerIds, LocalDate day, LocalDate closedSince);

    interface StageSince {
        long getDealId();

        LocalDate getSince();
    }
}
