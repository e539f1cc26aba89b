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

    interface StageSince {
        long getDealId();

        LocalDate getSince();
    }
}
