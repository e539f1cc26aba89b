package com.headpin.forecast.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ForecastSnapshotRepository extends JpaRepository<ForecastSnapshot, Long> {

    Optional<ForecastSnapshot> findByWeekStart(LocalDate weekStart);

    List<ForecastSnapshot> findAllByOrderByWeekStartDesc();

    List<ForecastSnapshot> findByWeekStartIn(java.util.Collection<LocalDate> weekStarts);
}
