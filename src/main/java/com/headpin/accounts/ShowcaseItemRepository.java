package com.headpin.accounts;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ShowcaseItemRepository extends JpaRepository<ShowcaseItem, Long> {

    List<ShowcaseItem> findByAccountIdInOrderByAchievedOnDesc(Collection<Long> accountIds);
}
