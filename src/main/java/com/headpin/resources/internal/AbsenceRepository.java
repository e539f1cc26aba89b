package com.headpin.resources.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AbsenceRepository extends JpaRepository<ResourceAbsence, Long> {

    List<ResourceAbsence> findByResourceIdOrderByStartsOnAsc(long resourceId);

    List<ResourceAbsence> findByResourceIdInOrderByStartsOnAsc(Collection<Long> resourceIds);

    /** Absences touching the days from {@code from} to {@code to}. */
    List<ResourceAbsence> findByEndsOnGreaterThanEqualAndStartsOnLessThanEqual(LocalDate from, LocalDate to);
}
