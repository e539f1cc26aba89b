package com.headpin.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The accuracy formula and its edges: nothing achieved, no snapshot, a forecast far off. */
class AccuracyCellTest {

    private static final Period MONTH = new Period(PeriodKind.MONTH, 2026, 10, LocalDate.of(2026, 10, 1),
            LocalDate.of(2026, 10, 31));
    private static final LocalDate WEEK = LocalDate.of(2026, 9, 28);

    @Test
    void oneMinusTheMissShareOfWhatWasAchieved() {
        Accuracy.Cell cell = AccuracyService.cell(MONTH, WEEK, new BigDecimal("900"), new BigDecimal("1000"));
        assertThat(cell.status()).isEqualTo(Accuracy.Status.MEASURED);
        assertThat(cell.percent()).isEqualTo(90);
        assertThat(AccuracyService.cell(MONTH, WEEK, new BigDecimal("1100"), new BigDecimal("1000")).percent())
                .isEqualTo(90);
        assertThat(AccuracyService.cell(MONTH, WEEK, new BigDecimal("3000"), new BigDecimal("1000")).percent())
                .isEqualTo(-100);
    }

    @Test
    void nothingAchievedOrNoSnapshotIsSaidNotZero() {
        Accuracy.Cell none = AccuracyService.cell(MONTH, WEEK, new BigDecimal("500"), BigDecimal.ZERO);
        assertThat(none.status()).isEqualTo(Accuracy.Status.NOTHING_ACHIEVED);
        assertThat(none.percent()).isNull();
        assertThat(none.forecast()).isEqualByComparingTo("500");
        Accuracy.Cell missing = AccuracyService.cell(MONTH, WEEK, null, new BigDecimal("1000"));
        assertThat(missing.status()).isEqualTo(Accuracy.Status.NO_SNAPSHOT);
        assertThat(missing.percent()).isNull();
    }
}
