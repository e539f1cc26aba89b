package com.headpin.stakeholders.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface WinResultRepository extends JpaRepository<WinResult, Long> {

    List<WinResult> findAllByOrderByPositionAscIdAsc();

    @Query("select coalesce(max(w.position), 0) from WinResult w")
    int maxPosition();
}
