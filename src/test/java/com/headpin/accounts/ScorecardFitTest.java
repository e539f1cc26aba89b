package com.headpin.accounts;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScorecardFitTest {

    private static final Map<Long, Integer> WEIGHTS = Map.of(1L, 3, 2L, 1, 3L, 2);

    @Test
    void fitScoreIsTheWeightedShareOfTheMaximumOverAllCriteriaInUseUnscoredOnesCountingAsZero() {
        // 3 × 5 + 1 × 0 of 6 × 5: criterion 3 is unscored and counts as 0.
        assertThat(ScorecardService.fit(Map.of(1L, 5, 2L, 0), WEIGHTS)).isEqualByComparingTo("50.0");
        assertThat(ScorecardService.fit(Map.of(1L, 5, 2L, 0, 3L, 5), WEIGHTS)).isEqualByComparingTo("83.3");
        assertThat(ScorecardService.fit(Map.of(), WEIGHTS)).isNull();
        assertThat(ScorecardService.fit(Map.of(9L, 5), WEIGHTS)).isNull();
    }

    @Test
    void aPartlyScoredAccountSaysHowManyCriteriaItsScoreRestsOn() {
        FitScore partly = FitScore.of(Map.of(1L, 4, 9L, 5), WEIGHTS);
        assertThat(partly.score()).isEqualByComparingTo("40.0");
        assertThat(partly.scored()).isEqualTo(1);
        assertThat(partly.criteria()).isEqualTo(3);
        assertThat(partly.scoredShare()).isEqualByComparingTo("80.0");
        assertThat(partly.incomplete()).isTrue();

        FitScore complete = FitScore.of(Map.of(1L, 4, 2L, 4, 3L, 4), WEIGHTS);
        assertThat(complete.score()).isEqualByComparingTo("80.0");
        assertThat(complete.incomplete()).isFalse();

        FitScore none = FitScore.of(Map.of(), WEIGHTS);
        assertThat(none.score()).isNull();
        assertThat(none.criteria()).isEqualTo(3);
        assertThat(none.incomplete()).isFalse();
    }
}
