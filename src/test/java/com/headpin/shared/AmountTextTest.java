package com.headpin.shared;

import java.math.BigDecimal;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AmountTextTest {

    @Test
    void readsWhatUsersTypeOrPaste() {
        assertThat(AmountText.parse("8000000")).contains(new BigDecimal("8000000"));
        assertThat(AmountText.parse("8,000,000")).contains(new BigDecimal("8000000"));
        assertThat(AmountText.parse(" ¥8,000,000.50 ")).contains(new BigDecimal("8000000.50"));
        assertThat(AmountText.parse("８０００")).contains(new BigDecimal("8000"));
        assertThat(AmountText.parse("８，０００，０００。５")).contains(new BigDecimal("8000000.5"));
        assertThat(AmountText.parse("￥8 000 000")).contains(new BigDecimal("8000000"));
        assertThat(AmountText.parse(".5")).contains(new BigDecimal("0.5"));
        // Negative amounts are read, so that the service's rule says why they are refused.
        assertThat(AmountText.parse("-1")).contains(new BigDecimal("-1"));
    }

    @Test
    void textThatIsNoAmountIsNotGuessed() {
        for (String typed : new String[] {"", " ", ",", "8.000.000", "8E6", "1E+999999999", "eight", "8万", "0x10",
                "8,000😀", "9".repeat(100), "NaN", "--8"}) {
            assertThat(AmountText.parse(typed)).as(typed).isEmpty();
        }
    }

    @Test
    void showsThousandsSeparatorsAndTheDecimalsAsTheyAre() {
        assertThat(AmountText.format(new BigDecimal("8000000"))).isEqualTo("8,000,000");
        assertThat(AmountText.format(new BigDecimal("1250000.50"))).isEqualTo("1,250,000.50");
        assertThat(AmountText.format(new BigDecimal("999"))).isEqualTo("999");
        assertThat(AmountText.format(new BigDecimal("0.5"))).isEqualTo("0.5");
        assertThat(AmountText.format(new BigDecimal("-1234"))).isEqualTo("-1,234");
        assertThat(AmountText.format(new BigDecimal("8E+6"))).isEqualTo("8,000,000");
        // Far outside any amount (only on its way to being refused): short, not a million digits.
        assertThat(AmountText.format(new BigDecimal("1E+999999999"))).isEqualTo("1E+999999999");
    }

    @Property
    void whatTheFieldShowsReadsBackAsTheSameAmount(
            @ForAll @BigRange(min = "0", max = "999999999999.99") @Scale(2) BigDecimal amount) {
        assertThat(AmountText.parse(AmountText.format(amount))).contains(amount);
    }
}
