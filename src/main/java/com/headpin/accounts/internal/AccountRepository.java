package com.headpin.accounts.internal;

import java.util.Collection;
import java.util.List;

import com.headpin.accounts.FunnelPosition;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AccountRepository extends JpaRepository<Account, Long>, JpaSpecificationExecutor<Account> {

    /** Id and value input of every account, for the company-wide 20/80 tiers. */
    @Query("select new com.headpin.accounts.internal.AccountValueRow(a.id, a.annualPotential, a.tier) from Account a")
    List<AccountValueRow> valueRows();

    /** Every account name, lower case: the import refuses a second account of the same name. */
    @Query("select lower(a.name) from Account a")
    List<String> lowerCaseNames();

    /** Accounts with one of these names (lower case), whoever may see them. */
    @Query("select a.id from Account a where lower(a.name) in :names")
    List<Long> idsNamedAnyOf(Collection<String> names);

    /**
     * Every account's fit score from its scores on the active criteria, unscored ones counting as 0 (see
     * {@code accounts.FitScore}), in one statement that leaves the accounts' versions alone: a criterion change turns
     * no open form stale. No scored active criterion: no score (the sum over no rows is null).
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(nativeQuery = true, value = """
            update accounts set fit_score = (
                select round(cast(sum(c.weight * s.score) * 100 as decimal(20, 6))
                             / (select sum(w.weight) * 5 from score_criteria w where w.active = true), 1)
                from account_scores s join score_criteria c on c.id = s.criterion_id
                where s.account_id = accounts.id and c.active = true)
            """)
    int recomputeFitScores();

    List<Account> findByOwnerIdOrderByName(long ownerId);

    @Query("select new com.headpin.accounts.internal.AccountPositionRow(a.id, a.funnelPosition) from Account a "
            + "where a.id in :ids")
    List<AccountPositionRow> positions(Collection<Long> ids);

    /** Sets the funnel position its deals give, leaving the versions alone: open forms do not go stale. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Account a set a.funnelPosition = :position where a.id in :ids")
    int moveInFunnel(FunnelPosition position, Collection<Long> ids);
}
