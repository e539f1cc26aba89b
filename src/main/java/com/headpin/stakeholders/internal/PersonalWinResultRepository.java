package com.headpin.stakeholders.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PersonalWinResultRepository extends JpaRepository<PersonalWinResultRow, Long> {

    List<PersonalWinResultRow> findByDealIdOrderByIdAsc(long dealId);

    Optional<PersonalWinResultRow> findByInfluenceIdAndWinResultId(long influenceId, long winResultId);

    boolean existsByWinResultId(long winResultId);

    /** How many win results each of these influences has, one row per influence that has any. */
    @Query("select r.influenceId as influenceId, count(r) as results from PersonalWinResultRow r"
            + " where r.influenceId in :influenceIds group by r.influenceId")
    List<InfluenceResults> countByInfluence(Collection<Long> influenceIds);

    interface InfluenceResults {
        long getInfluenceId();

        long getResults();
    }
}
