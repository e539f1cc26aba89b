package com.headpin.deals.internal;

import java.util.Collection;
import java.util.List;

import com.headpin.deals.DealOutcome;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface DealRepository extends JpaRepository<Deal, Long>, JpaSpecificationExecutor<Deal> {

    /** The deals of a phased project: its first deal and those linked to it. */
    @Query("select d from Deal d where d.id = :programId or d.programId = :programId order by d.id")
    List<Deal> findProgram(long programId);

    boolean existsByProgramId(long programId);

    /** The deals of these accounts, whoever may see them (callers filter by visibility). */
    List<Deal> findByAccountIdIn(java.util.Collection<Long> accountIds);

    /** The exit criteria ticked on these deals, one row per tick. */
    @Query("select d.id as dealId, c as criterionId from Deal d join d.progress.checkedCriteria c where d.id in :dealIds")
    List<CheckedCriterion> checkedCriteria(Collection<Long> dealIds);

    interface CheckedCriterion {
        long getDealId();

        long getCriterionId();
    }

    List<Deal> findByOwnerIdAndOutcomeInOrderByName(long ownerId, Collection<DealOutcome> outcomes);
}
