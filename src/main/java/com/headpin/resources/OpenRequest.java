package com.headpin.resources;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.headpin.accounts.Tier;
import org.jspecify.annotations.Nullable;

/** An open request on the board with what ranks it: the deal's weighted value, its account's tier, its close date. */
public record OpenRequest(RequestRow request, BigDecimal weightedAmount, @Nullable Tier tier, LocalDate expectedClose) {
}
