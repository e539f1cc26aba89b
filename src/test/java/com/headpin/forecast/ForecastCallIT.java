package com.headpin.forecast;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;

import com.headpin.HeadpinTest;
import com.headpin.collaboration.TimelineEntry;
import com.headpin.deals.TestDeals;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.StaleDataException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A rep's own call and the managers' adjustments through the services: who may do what, raw and adjusted kept apart,
 * stale saves refused, bad input at the fields, and the history of who changed what. Uses a far fiscal year so the
 * numbers of other tests are not touched.
 */
@HeadpinTest
class ForecastCallIT {

    @Autowired
    ForecastCallService calls;
    @Autowired
    ForecastService forecasts;
    @Autowired
    Periods periods;
    @Autowired
    ApplicationContext context;

    TestDeals test;
    long rep;
    long rep2;
    Period period;

    @BeforeEach
    void fixtures() {
        test = TestDeals.of(context);
        rep = test.userId("rep");
        rep2 = test.userId("rep2");
        period = periods.quarter(2041, 2);
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aRepCallsOnlyForThemselvesAndAManagerAdjustsWithRawAndAdjustedKeptApart() {
        RepForecastEntry mine = as("rep", () -> calls.entry(period.key(), rep));
        assertThat(mine.mayCall()).isTrue();
        assertThat(mine.mayAdjust()).isFalse();
        RepForecastEntry called = as("rep", () -> calls.call(new CallInput(rep, period.key(),
                new BigDecimal("1200000"), "  两个大单在谈  ", mine.callVersion())));
        assertThat(called.call()).isEqualByComparingTo("1200000");
        assertThat(called.callNote()).isEqualTo("两个大单在谈");

        // Someone else's call, and adjusting one's own or anyone's numbers, are not a rep's to make.
        assertThatThrownBy(() -> as("rep", () -> calls.call(new CallInput(rep2, period.key(), BigDecimal.TEN, null,
                null)))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as("manager", () -> calls.call(new CallInput(rep, period.key(), BigDecimal.TEN,
                null, called.callVersion())))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("rep", () -> calls.adjust(new AdjustmentInput(rep, period.key(), BigDecimal.ONE,
                null, null, null)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("consultant", () -> calls.adjust(new AdjustmentInput(rep, period.key(),
                BigDecimal.ONE, null, null, null)))).isInstanceOf(AccessDeniedException.class);

        RepForecastEntry forManager = as("manager", () -> calls.entry(period.key(), rep));
        assertThat(forManager.mayAdjust()).isTrue();
        assertThat(forManager.mayCall()).isFalse();
        RepForecastEntry adjusted = as("manager", () -> calls.adjust(new AdjustmentInput(rep, period.key(),
                new BigDecimal("800000"), new BigDecimal("500000"), "银行预算推迟", forManager.adjustmentVersion())));
        assertThat(adjusted.adjusted()).isTrue();

        RepNumbers row = as("manager", () -> forecasts.table(period)).rep(rep).orElseThrow();
        assertThat(row.call()).isEqualByComparingTo("1200000");
        assertThat(row.numbers().forecast()).isEqualByComparingTo("1200000");
        assertThat(row.numbers().adjustedForecast()).isEqualByComparingTo("800000");
        assertThat(row.numbers().adjustedCommitment()).isEqualByComparingTo("500000");
        assertThat(row.adjustmentNote()).isEqualTo("银行预算推迟");
        assertThat(row.adjustedBy()).isEqualTo(test.userId("manager"));
        // The rep sees the manager's figures beside their own.
        RepNumbers seenByRep = as("rep", () -> forecasts.table(period)).rep(rep).orElseThrow();
        assertThat(seenByRep.numbers().adjustedForecast()).isEqualByComparingTo("800000");
        assertThat(seenByRep.numbers().forecast()).isEqualByComparingTo("1200000");

        List<TimelineEntry> history = as("rep", () -> calls.history(period.key(), rep));
        assertThat(history).anySatisfy(entry -> {
            assertThat(entry.actorName()).isEqualTo("李娜");
            assertThat(entry.field()).isEqualTo("forecast.adjusted-forecast");
        });
        assertThat(history).anySatisfy(entry -> assertThat(entry.field()).isEqualTo("forecast.call"));

        RepForecastEntry cleared = as("manager", () -> calls.clearAdjustment(period.key(), rep,
                adjusted.adjustmentVersion()));
        assertThat(cleared.adjusted()).isFalse();
        RepNumbers after = as("manager", () -> forecasts.table(period)).rep(rep).orElseThrow();
        assertThat(after.numbers().adjustedForecast()).isEqualByComparingTo("1200000");
        assertThat(after.numbers().adjusted()).isFalse();
    }

    @Test
    void aStaleSaveIsRefusedAndNothingIsOverwritten() {
        Period other = periods.quarter(2041, 3);
        RepForecastEntry before = as("rep", () -> calls.entry(other.key(), rep));
        RepForecastEntry first = as("rep", () -> calls.call(new CallInput(rep, other.key(), new BigDecimal("100"),
                "first", before.callVersion())));
        // A second tab still holding the state before the first save.
        assertThatThrownBy(() -> as("rep", () -> calls.call(new CallInput(rep, other.key(), new BigDecimal("200"),
                "second", before.callVersion())))).isInstanceOf(StaleDataException.class);
        as("rep", () -> calls.call(new CallInput(rep, other.key(), new BigDecimal("300"), "third",
                first.callVersion())));
        assertThatThrownBy(() -> as("rep", () -> calls.call(new CallInput(rep, other.key(), new BigDecimal("400"),
                "fourth", first.callVersion())))).isInstanceOf(StaleDataException.class);
        assertThat(as("rep", () -> calls.entry(other.key(), rep)).call()).isEqualByComparingTo("300");

        RepForecastEntry adjustment = as("manager", () -> calls.entry(other.key(), rep));
        RepForecastEntry saved = as("manager", () -> calls.adjust(new AdjustmentInput(rep, other.key(),
                BigDecimal.ONE, null, null, adjustment.adjustmentVersion())));
        assertThatThrownBy(() -> as("admin", () -> calls.adjust(new AdjustmentInput(rep, other.key(),
                BigDecimal.TWO, null, null, adjustment.adjustmentVersion())))).isInstanceOf(StaleDataException.class);
        assertThatThrownBy(() -> as("admin", () -> calls.clearAdjustment(other.key(), rep,
                saved.adjustmentVersion() + 1))).isInstanceOf(StaleDataException.class);
        assertThat(as("admin", () -> calls.entry(other.key(), rep)).forecastAdjustment()).isEqualByComparingTo("1");
    }

    @Test
    void badInputIsRefusedAtTheField() {
        Period other = periods.quarter(2041, 4);
        refused("rep", () -> calls.call(new CallInput(rep, other.key(), new BigDecimal("-1"), null, null)),
                "amount", "validation.amount");
        refused("rep", () -> calls.call(new CallInput(rep, other.key(), null, null, null)),
                "amount", "validation.required");
        refused("rep", () -> calls.call(new CallInput(rep, other.key(), BigDecimal.ONE, "长".repeat(501), null)),
                "note", "validation.too-long.500");
        refused("rep", () -> calls.call(new CallInput(rep, "FY1800-Q1", BigDecimal.ONE, null, null)),
                "period", "forecast.period.unknown");
        refused("manager", () -> calls.adjust(new AdjustmentInput(rep, other.key(), null, null, "nothing", null)),
                "forecast", "forecast.adjustment.empty");
        refused("manager", () -> calls.adjust(new AdjustmentInput(rep, other.key(), new BigDecimal("0.001"), null,
                null, null)), "forecast", "validation.amount");
        assertThat(as("rep", () -> calls.entry(other.key(), rep)).callVersion()).isNull();
    }

    private void refused(String username, Supplier<?> work, String field, String key) {
        assertThatThrownBy(() -> as(username, work)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsEntry(field, key));
    }

    private <T> T as(String username, Supplier<T> work) {
        return test.as(username, work);
    }
}
