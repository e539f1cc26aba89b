package com.headpin.deals.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SalesProcessRepository extends JpaRepository<SalesProcessRow, Long> {
}
