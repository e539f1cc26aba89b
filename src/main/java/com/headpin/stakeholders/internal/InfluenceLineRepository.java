package com.headpin.stakeholders.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InfluenceLineRepository extends JpaRepository<InfluenceLine, Long> {

    List<InfluenceLine> findByAccountIdOrderByIdAsc(long accountId);

    boolean existsByFromContactIdAndToContactId(long fromContactId, long toContactId);

    /** Lines from or to the contact (both ends go when a contact is deleted). */
    @Query("select l from InfluenceLine l where l.fromContactId = ?1 or l.toContactId = ?1")
    List<InfluenceLine> findTouching(long contactId);

}
