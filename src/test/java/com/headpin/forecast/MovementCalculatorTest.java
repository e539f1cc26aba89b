package com.headpin.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.headpin.deals.DealOutcome;
import com.headpin.deals.DealStage;
import com.headpin.deals.ForecastCategory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The waterfall adds up and places every deal once, whatever the two snapshots hold. */
class MovementCalculatorTest {

    private static final Period QUARTER = new Period(PeriodKind.QUARTER, 2026, 4, LocalDate.of(2026, 10, 1),
            LocalDate.of(2026, 12, 31));

    @Property(tries = 500)
    void startPlusStepsIsEnd(@ForAll("snapshots") Tuple.Tuple2<List<FrozenDeal>, List<FrozenDeal>> pair) {
        Waterfall waterfall = MovementCalculator.of(QUARTER, pair.get1(), pair.get2());
        BigDecimal steps = List.of(MovementStep.values()).stream().map(waterfall::total)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(waterfall.start().add(steps)).isEqualByComparingTo(waterfall.end());
        assertThat(waterfall.start()).isEqualByComparingTo(MovementCalculator.commitment(QUARTER, pair.get1()));
        assertThat(waterfall.end()).isEqualByComparingTo(MovementCalculator.commitment(QUARTER, pair.get2()));
    }

    @Property(tries = 500)
    void everyDealInEitherCommitmentIsInExactlyOneStep(
            @ForAll("snapshots") Tuple.Tuple2<List<FrozenDeal>, List<FrozenDeal>> pair) {
        Waterfall waterfall = MovementCalculator.of(QUARTER, pair.get1(), pair.get2());
        Map<Long, Integer> placed = new HashMap<>();
        waterfall.steps().values().forEach(moves -> moves.forEach(m -> placed.merge(m.dealId(), 1, Integer::sum)));
        waterfall.unchanged().forEach(m -> placed.merge(m.dealId(), 1, Integer::sum));
        List<Long> expected = new ArrayList<>();
        pair.get1().stream().filter(d -> d.inCommitment(QUARTER)).forEach(d -> expected.add(d.dealId()));
        pair.get2().stream().filter(d -> d.inCommitment(QUARTER)).forEach(d -> expected.add(d.dealId()));
        assertThat(placed.keySet()).containsExactlyInAnyOrderElementsOf(expected.stream().distinct().toList());
        assertThat(placed.values()).allMatch(count -> count == 1);
        assertThat(waterfall.unchanged()).allMatch(m -> m.change().signum() == 0);
        // Signs follow the steps' names.
        assertThat(waterfall.deals(MovementStep.NEW)).allMatch(m -> m.change().signum() >= 0);
        assertThat(waterfall.deals(MovementStep.PULLED_IN)).allMatch(m -> m.change().signum() >= 0);
        assertThat(waterfall.deals(MovementStep.AMOUNT_UP)).allMatch(m -> m.change().signum() > 0);
        assertThat(waterfall.deals(MovementStep.AMOUNT_DOWN)).allMatch(m -> m.change().signum() < 0);
        assertThat(waterfall.deals(MovementStep.SLIPPED_OUT)).allMatch(m -> m.change().signum() <= 0);
        assertThat(waterfall.deals(MovementStep.LOST)).allMatch(m -> m.change().signum() <= 0);
    }

    @Test
    void eachRuleOnItsOwnCase() {
        FrozenDeal committed = deal(1, "100", LocalDate.of(2026, 11, 15), ForecastCategory.COMMIT, DealOutcome.OPEN);
        FrozenDeal later = deal(1, "100", LocalDate.of(2027, 2, 1), ForecastCategory.COMMIT, DealOutcome.OPEN);
        FrozenDeal bestCase = deal(1, "100", LocalDate.of(2026, 11, 15), ForecastCategory.BEST_CASE,
                DealOutcome.OPEN);
        FrozenDeal won = deal(1, "90", LocalDate.of(2026, 11, 20), ForecastCategory.CLOSED, DealOutcome.WON);
        FrozenDeal lost = deal(1, "100", LocalDate.of(2026, 11, 15), ForecastCategory.COMMIT, DealOutcome.LOST);
        FrozenDeal bigger = deal(1, "120", LocalDate.of(2026, 11, 15), ForecastCategory.COMMIT, DealOutcome.OPEN);
        assertThat(only(null, committed)).isEqualTo(MovementStep.NEW);
        assertThat(only(bestCase, committed)).isEqualTo(MovementStep.NEW);
        assertThat(only(later, committed)).isEqualTo(MovementStep.PULLED_IN);
        assertThat(only(committed, later)).isEqualTo(MovementStep.SLIPPED_OUT);
        assertThat(only(committed, bigger)).isEqualTo(MovementStep.AMOUNT_UP);
        assertThat(only(bigger, committed)).isEqualTo(MovementStep.AMOUNT_DOWN);
        assertThat(only(committed, won)).isEqualTo(MovementStep.WON);
        assertThat(only(bestCase, won)).isEqualTo(MovementStep.WON);
        assertThat(only(committed, lost)).isEqualTo(MovementStep.LOST);
        assertThat(only(committed, bestCase)).isEqualTo(MovementStep.LOST);
        assertThat(only(committed, null)).isEqualTo(MovementStep.LOST);
        assertThat(MovementCalculator.of(QUARTER, List.of(committed), List.of(won)).total(MovementStep.WON))
                .isEqualByComparingTo("-10");
        assertThat(MovementCalculator.of(QUARTER, List.of(committed), List.of(committed)).unchanged()).hasSize(1);
    }

    private static MovementStep only(FrozenDeal before, FrozenDeal after) {
        Waterfall waterfall = MovementCalculator.of(QUARTER, before == null ? List.of() : List.of(before),
                after == null ? List.of() : List.of(after));
        return List.of(MovementStep.values()).stream().filter(s -> !waterfall.deals(s).isEmpty()).findFirst()
                .orElse(null);
    }

    @Provide
    Arbitrary<Tuple.Tuple2<List<FrozenDeal>, List<FrozenDeal>>> snapshots() {
        return Combinators.combine(snapshot(), snapshot()).as(Tuple::of);
    }

    /** Deals 1–15, each there or not, in any state; the close dates around the quarter. */
    private static Arbitrary<List<FrozenDeal>> snapshot() {
        Arbitrary<FrozenDeal> deal = Combinators.combine(Arbitraries.longs().between(1, 15),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("5000000")).ofScale(2),
                Arbitraries.integers().between(-60, 150), Arbitraries.of(ForecastCategory.class),
                Arbitraries.of(DealOutcome.class), Arbitraries.longs().between(1, 3))
                .as((id, amount, day, category, outcome, rep) -> new FrozenDeal(id, "Deal " + id, rep, amount,
                        QUARTER.start().plusDays(day), DealStage.NEGOTIATION, 60, category, outcome));
        return deal.list().ofMaxSize(15).map(list -> {
            Map<Long, FrozenDeal> unique = new HashMap<>();
            list.forEach(d -> unique.putIfAbsent(d.dealId(), d));
            return List.copyOf(unique.values());
        });
    }

    private static FrozenDeal deal(long id, String amount, LocalDate close, ForecastCategory category,
                                   DealOutcome outcome) {
        return new FrozenDeal(id, "Deal", 1, new BigDecimal(amount), close, DealStage.NEGOTIATION, 60, category,
                outcome);
    }
}
