package com.headpin.accounts;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScorecardFitTest {

    @Test
    void fitScoreIsTheWeightedShareOfTheMaximumOverScoredCriteria() {
        Map<Long, Integer> weights = Map.of(1L, 3, 2L, 1, 3L, 2);
        assertThat(ScorecardService.fit(Map.of(1L, 5, 2L, 0), weights)).isEqualByComparingTo("75.0");
        assertThat(ScorecardService.fit(Map.of(), weights)).isNull();
        assertThat(ScorecardService.fit(Map.of(9L, 5), weights)).isNull();
    }
}
