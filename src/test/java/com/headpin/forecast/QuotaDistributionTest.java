package com.headpin.forecast;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A distributed quota's shares add up to the fen, whatever the weights, and never go below zero. */
class QuotaDistributionTest {

    @Property
    void sharesAddUpExactlyToTheAmount(@ForAll @BigRange(min = "0", max = "999999999999.99") @Scale(2)
                                       BigDecimal amount,
                                       @ForAll @Size(min = 1, max = 30)
                                       List<@BigRange(min = "0", max = "100000000") @Scale(2) BigDecimal> weights) {
        List<BigDecimal> shares = QuotaDistribution.shares(amount, weights);
        assertThat(shares).hasSize(weights.size()).allSatisfy(share -> {
            assertThat(share.signum()).isNotNegative();
            assertThat(share.scale()).isEqualTo(2);
        });
        assertThat(shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(amount);
    }

    @Test
    void equalWeightsGiveTheLeftoverFenToTheFirst() {
        assertThat(QuotaDistribution.shares(new BigDecimal("100.00"), Collections.nCopies(3, BigDecimal.ONE)))
                .containsExactly(new BigDecimal("33.34"), new BigDecimal("33.33"), new BigDecimal("33.33"));
        assertThat(QuotaDistribution.shares(new BigDecimal("90.00"), List.of(BigDecimal.ONE, BigDecimal.TWO)))
                .containsExactly(new BigDecimal("30.00"), new BigDecimal("60.00"));
    }

    @Test
    void nobodyWithAQuotaYetMeansEqualShares() {
        assertThat(QuotaDistribution.shares(new BigDecimal("0.05"), Collections.nCopies(7, BigDecimal.ZERO)))
                .containsExactly(new BigDecimal("0.01"), new BigDecimal("0.01"), new BigDecimal("0.01"),
                        new BigDecimal("0.01"), new BigDecimal("0.01"), new BigDecimal("0.00"),
                        new BigDecimal("0.00"));
    }
}
