package com.headpin.accounts.internal;

import com.headpin.accounts.Tier;


import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TierCalculatorTest {

    private static final AccountsProperties DEFAULTS = new AccountsProperties(0.80, 0.95);

    @Test
    void accountsMakingUpTheFirstEightyPercentAreA() {
        Map<Long, BigDecimal> values = new LinkedHashMap<>();
        values.put(1L, BigDecimal.valueOf(500));
        values.put(2L, BigDecimal.valueOf(300));
        values.put(3L, BigDecimal.valueOf(100));
        values.put(4L, BigDecimal.valueOf(60));
        values.put(5L, BigDecimal.valueOf(40));
        Map<Long, Tier> tiers = TierCalculator.tiers(values, DEFAULTS);
        // 500 and 300 reach 80% of 1000: A. 100 brings it to 90%, 60 to 96%: B. The last 40: C.
        assertThat(tiers).containsEntry(1L, Tier.A).containsEntry(2L, Tier.A)
                .containsEntry(3L, Tier.B).containsEntry(4L, Tier.B).containsEntry(5L, Tier.C);
    }

    @Test
    void noValueMeansTierC() {
        assertThat(TierCalculator.tiers(Map.of(1L, BigDecimal.ZERO, 2L, BigDecimal.ZERO), DEFAULTS))
                .containsEntry(1L, Tier.C).containsEntry(2L, Tier.C);
        Map<Long, BigDecimal> values = Map.of(1L, BigDecimal.TEN, 2L, BigDecimal.ZERO);
        assertThat(TierCalculator.tiers(values, DEFAULTS)).containsEntry(1L, Tier.A).containsEntry(2L, Tier.C);
    }
}
