package com.headpin.shared;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 22);

    @Test
    void readsIsoAndTheShownFormOfEitherLanguage() {
        for (String typed : new String[] {"2026-12-22", "2026/12/22", "2026.12.22", "2026年12月22日", "22 Dec 2026",
                "22 december 2026", "Dec 22, 2026", " 2026 年 12 月 22 日 ", "２０２６－１２－２２", "２０２６年１２月２２日"}) {
            assertThat(Dates.parse(typed)).as(typed).contains(DAY);
        }
        assertThat(Dates.parse("2026-1-5")).contains(LocalDate.of(2026, 1, 5));
    }

    @Test
    void readsNothingElse() {
        for (String typed : new String[] {"", "下周二", "2026-02-30", "2026-13-01", "22/12/2026", "tomorrow",
                "2026年12月", "12-22"}) {
            assertThat(Dates.parse(typed)).as(typed).isEmpty();
        }
    }

    @Test
    void whatIsShownIsReadBack() {
        for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            assertThat(Dates.parse(Dates.format(DAY, locale))).as(locale.toString()).contains(DAY);
        }
    }
}
