package com.headpin.accounts.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface AccountRepository extends JpaRepository<Account, Long>, JpaSpecificationExecutor<Account> {

    /** Id and value input of every account, for the company-wide 20/80 tiers. */
    @Query("select new com.headpin.accounts.internal.AccountValueRow(a.id, a.annualPotential, a.tier) from Account a")
    List<AccountValueRow> valueRows();

    /** Every account name, lower case: the import refuses a second account of the same name. */
    @Query("select lower(a.name) from Account a")
    List<String> lowerCaseNames();
}
