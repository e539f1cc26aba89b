package com.headpin.deals.internal;

import java.math.BigDecimal;

/** Per account, from one aggregate over its deals: won plus weighted open value, and how many are open and won. */
public interface AccountDealRow {

    long getAccountId();

    BigDecimal getDealValue();

    long getOpenDeals();

    long getWonDeals();
}
