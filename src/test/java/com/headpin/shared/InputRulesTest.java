package com.headpin.shared;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared bounds for amounts and dates (issue 9). */
class InputRulesTest {

    @Test
    void anAmountIsZeroOrMoreBelowATrillionWithAtMostTwoDecimals() {
        for (String ok : new String[] {"0", "0.00", "1", "1250000.5", "999999999999.99", "1E+6", "100.10"}) {
            assertThat(InputRules.isAmount(new BigDecimal(ok))).as(ok).isTrue();
        }
        for (String bad : new String[] {"-0.01", "-1E+999999999", "0.001", "1000000000000", "1E+12",
                "1E+999999999", "1E-999999999", "0E-999999999", "1E+2147483647", "1E-2147483647"}) {
            assertThat(InputRules.isAmount(new BigDecimal(bad))).as(bad).isFalse();
        }
    }

    @Test
    void amountRuleGivesTheFieldItsMessage() {
        InputRules rules = new InputRules().amount("price", new BigDecimal("1E+999999999")).amount("other", null);
        assertThat(rules.hasErrors()).isTrue();
        assertThat(catchInvalid(rules).fieldErrors()).containsExactly(java.util.Map.entry("price", "validation.amount"));
    }

    @Test
    void anAmountInAFileIsParsedOnlyWhenItCanBeOne() {
        assertThat(InputRules.parseAmount("¥1,250,000.50")).contains(new BigDecimal("1250000.50"));
        assertThat(InputRules.parseAmount("lots")).isEmpty();
        assertThat(InputRules.parseAmount("9".repeat(2_000_000))).isEmpty();
    }

    @Test
    void aDateIsFrom1900To2100() {
        assertThat(new InputRules().date("d", LocalDate.of(1900, 1, 1)).date("e", LocalDate.of(2100, 12, 31))
                .date("f", null).hasErrors()).isFalse();
        for (LocalDate bad : new LocalDate[] {LocalDate.of(1899, 12, 31), LocalDate.of(2101, 1, 1), LocalDate.MIN,
                LocalDate.MAX}) {
            assertThat(catchInvalid(new InputRules().date("d", bad)).fieldErrors())
                    .as(bad.toString()).containsEntry("d", "validation.date.range");
        }
    }

    private static InvalidInputException catchInvalid(InputRules rules) {
        try {
            rules.check();
        } catch (InvalidInputException invalid) {
            return invalid;
        }
        throw new AssertionError("no error");
    }
}
