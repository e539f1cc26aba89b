package com.headpin.stakeholders.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonalWinResultRepository extends JpaRepository<PersonalWinResultRow, Long> {

    List<PersonalWinResultRow> findByDealIdOrderByIdAsc(long dealId);

    Optional<PersonalWinResultRow> findByInfluenceIdAndWinResultId(long influenceId, long winResultId);

    boolean existsByWinResultId(long winResultId);
}
