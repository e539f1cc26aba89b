package com.headpin.targeting.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ShowcaseItemRepository extends JpaRepository<ShowcaseItem, Long> {

    List<ShowcaseItem> findByAccountIdInOrderByAchievedOnDesc(Collection<Long> accountIds);
}
