package com.headpin.forecast.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SnapshotNumbersRepository extends JpaRepository<SnapshotNumbersRow, Long> {

    List<SnapshotNumbersRow> findBySnapshotIdInAndRepIdIn(Collection<Long> snapshotIds, Collection<Long> repIds);

    @Modifying(flushAutomatically = true)
    @Query("delete from SnapshotNumbersRow r where r.snapshotId = :snapshotId")
    int deleteBySnapshot(long snapshotId);
}
