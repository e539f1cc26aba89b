package com.headpin.deals.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * What accounts learn from their deals, summed in the database: won deals at their final amount, open ones at their
 * stage's probability in the sales process (as {@link DealReader#weighted}), lost and delayed ones not at all.
 */
public interface AccountDealRepository extends Repository<Deal, Long> {

    String PER_ACCOUNT = """
            select d.account_id as accountId,
                sum(case when d.outcome = 'WON' then coalesce(d.final_amount, d.amount)
                         when d.outcome = 'OPEN' then d.amount * coalesce(s.probability, 0) / 100
                         else 0 end) as dealValue,
                sum(case when d.outcome = 'OPEN' then 1 else 0 end) as openDeals,
                sum(case when d.outcome = 'WON' then 1 else 0 end) as wonDeals
            from deals d
            left join sales_process_stages s on s.process_id = 1 and s.stage_no = d.stage_no
            """;

    @Query(nativeQuery = true, value = PER_ACCOUNT + " group by d.account_id")
    List<AccountDealRow> perAccount();

    @Query(nativeQuery = true, value = PER_ACCOUNT + " where d.account_id in :accountIds group by d.account_id")
    List<AccountDealRow> perAccount(Collection<Long> accountIds);
}
