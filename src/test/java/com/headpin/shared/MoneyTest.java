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

    @Test
    void aValueNoAmountCouldHaveIsWrittenShortInsteadOfInFull() {
        // Typed into an amount field and shown before the service refuses it: a billion digits would never end.
        for (Locale locale : new Locale[] {Locale.ENGLISH, ZH}) {
            assertThat(Money.format(new BigDecimal("1E+999999999"), locale)).isEqualTo("¥1E+999999999");
            assertThat(Money.compact(new BigDecimal("-1E+999999999"), locale)).isEqualTo("-¥1E+999999999");
            assertThat(Money.format(new BigDecimal("1E-999999999"), locale)).isEqualTo("¥1E-999999999");
            assertThat(Money.format(new BigDecimal("9".repeat(100)), locale)).isEqualTo("¥1.00E+100");
        }
        assertThat(Money.format(new BigDecimal("999999999999.99"), Locale.ENGLISH)).isEqualTo("¥999,999,999,999.99");
    }
}
