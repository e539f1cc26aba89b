package com.headpin.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTextTest {

    @Test
    void oneChineseCharacterSearchesLatinNeedsTwo() {
        assertThat(SearchText.of("浦").searchable()).isTrue();
        assertThat(SearchText.of(" 浦 ").searchable()).isTrue();
        assertThat(SearchText.of("P").searchable()).isFalse();
        assertThat(SearchText.of("Pu").searchable()).isTrue();
        assertThat(SearchText.of("  ").searchable()).isFalse();
        assertThat(SearchText.of("").isEmpty()).isTrue();
    }

    @Test
    void matchesAnywhereInAnyCaseWithWildcardsTakenLiterally() {
        assertThat(SearchText.of(" Pujiang BANK ").likePattern()).isEqualTo("%pujiang bank%");
        assertThat(SearchText.of("50%_off\\").likePattern()).isEqualTo("%50\\%\\_off\\\\%");
    }
}
