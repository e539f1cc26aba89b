package com.headpin.stakeholders.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BuyingInfluenceRepository extends JpaRepository<BuyingInfluence, Long> {

    List<BuyingInfluence> findByDealIdOrderByIdAsc(long dealId);

    List<BuyingInfluence> findByDealIdIn(Collection<Long> dealIds);

    List<BuyingInfluence> findByContactId(long contactId);

    boolean existsByDealIdAndContactId(long dealId, long contactId);
}
