package com.headpin.deals.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DeliverableRepository extends JpaRepository<DeliverableRow, Long> {

    List<DeliverableRow> findByActiveTrueOrderBySortOrderAsc();

    List<DeliverableRow> findAllByOrderBySortOrderAsc();
}
