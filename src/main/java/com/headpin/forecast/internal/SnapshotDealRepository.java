package com.headpin.forecast.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SnapshotDealRepository extends JpaRepository<SnapshotDealRow, Long> {

    List<SnapshotDealRow> findBySnapshotIdAndRepIdIn(long snapshotId, Collection<Long> repIds);

    long countBySnapshotId(long snapshotId);

    @Modifying(flushAutomatically = true)
    @Query("delete from SnapshotDealRow r where r.snapshotId = :snapshotId")
    int deleteBySnapshot(long snapshotId);
}
