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

    List<Deal> findByOwnerIdAndOutcomeInOrderByName(long ownerId, Collection<DealOutcome> outcomes);
}
