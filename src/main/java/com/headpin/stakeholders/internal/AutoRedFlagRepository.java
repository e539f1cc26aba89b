package com.headpin.stakeholders.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AutoRedFlagRepository extends JpaRepository<AutoRedFlag, Long> {

    List<AutoRedFlag> findByDealId(long dealId);

    List<AutoRedFlag> findByDealIdIn(Collection<Long> dealIds);

    List<AutoRedFlag> findAllByOrderByRaisedAtDesc();

    /**
     * Automatic flags plus open manual flags (not strengths) per deal, in one statement for a whole lane page.
     * Rows: deal id, count.
     */
    @Query(value = """
            SELECT f.deal_id, COUNT(*) FROM (
                SELECT deal_id FROM deal_auto_red_flags WHERE deal_id IN (:ids)
                UNION ALL
                SELECT deal_id FROM deal_red_flags WHERE deal_id IN (:ids) AND kind = 'FLAG' AND cleared_at IS NULL
            ) f GROUP BY f.deal_id""", nativeQuery = true)
    List<Object[]> countOpenFlags(@Param("ids") Collection<Long> dealIds);
}
