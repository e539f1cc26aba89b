package com.headpin.shared;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Test
    void chineseReadsInWan() {
        assertThat(Money.format(new BigDecimal("1000000"), ZH)).isEqualTo("100万");
        assertThat(Money.format(new BigDecimal("5000000"), ZH)).isEqualTo("500万");
        assertThat(Money.format(new BigDecimal("12345678"), ZH)).isEqualTo("1,234.57万");
        assertThat(Money.format(new BigDecimal("8000"), ZH)).isEqualTo("8000元");
    }

    @Test
    void englishReadsInFullOrCompact() {
        assertThat(Money.format(new BigDecimal("1000000"), Locale.ENGLISH)).isEqualTo("¥1,000,000");
        assertThat(Money.format(new BigDecimal("1234.5"), Locale.ENGLISH)).isEqualTo("¥1,234.50");
        assertThat(Money.compact(new BigDecimal("1000000"), Locale.ENGLISH)).isEqualTo("¥1.0M");
        assertThat(Money.compact(new BigDecimal("250000"), Locale.ENGLISH)).isEqualTo("¥250K");
    }
}
