package com.headpin.planning.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CalendarPeriodRepository extends JpaRepository<CalendarPeriodRow, Long> {

    List<CalendarPeriodRow> findAllByOrderByStartsOnAsc();
}
