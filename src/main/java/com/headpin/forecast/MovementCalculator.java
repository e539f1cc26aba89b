package com.headpin.forecast;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.headpin.deals.DealOutcome;
import org.jspecify.annotations.Nullable;

/**
 * The movement of a period's commitment between two snapshots. Pure, so property tests can drive it.
 *
 * <p>A deal's contribution to a commitment is its amount when it is in it ({@link FrozenDeal#inCommitment}: won in
 * the period, or pipeline in category commit closing in it), else nothing; its change is the second snapshot's
 * contribution minus the first's. Every deal in either commitment lands in exactly one step, the first rule that
 * matches:
 * <ol>
 * <li><b>won</b>: won in the period by the second snapshot and not won in the first (its change may be anything:
 * a committed deal signed at its amount changes nothing, one won from best case adds all of it);</li>
 * <li>in both commitments: <b>amount up</b> or <b>amount down</b> by the sign of the change; unchanged when zero;</li>
 * <li>only in the first: <b>slipped out</b> when the second still has it committed (or won) but dated outside the
 * period; otherwise <b>lost</b> — lost, taken out of category commit, reopened, deleted, or now someone else's
 * outside the scope;</li>
 * <li>only in the second: <b>pulled in</b> when the first had it committed (or won) dated outside the period;
 * otherwise <b>new</b> — created, put into category commit, reopened, or handed over from outside the scope.</li>
 * </ol>
 * Hence {@code start + Σ steps = end}: each deal's change is counted once.
 */
public final class MovementCalculator {

    private MovementCalculator() {
    }

    public static Waterfall of(Period period, Collection<FrozenDeal> first, Collection<FrozenDeal> second) {
        Map<Long, FrozenDeal> before = byId(first);
        Map<Long, FrozenDeal> after = byId(second);
        Map<MovementStep, List<DealMove>> steps = new EnumMap<>(MovementStep.class);
        List<DealMove> unchanged = new ArrayList<>();
        BigDecimal start = BigDecimal.ZERO;
        BigDecimal end = BigDecimal.ZERO;
        TreeSet<Long> ids = new TreeSet<>(before.keySet());
        ids.addAll(after.keySet());
        for (long id : ids) {
            FrozenDeal b = before.get(id);
            FrozenDeal a = after.get(id);
            BigDecimal from = contribution(b, period);
            BigDecimal to = contribution(a, period);
            start = start.add(from);
            end = end.add(to);
            boolean inBefore = b != null && b.inCommitment(period);
            boolean inAfter = a != null && a.inCommitment(period);
            if (!inBefore && !inAfter) {
                continue;
            }
            FrozenDeal named = a != null ? a : b;
            DealMove move = new DealMove(id, named.name(), named.repId(), b, a, to.subtract(from));
            MovementStep step = step(b, a, inBefore, inAfter, move.change());
            if (step == null) {
                unchanged.add(move);
            } else {
                steps.computeIfAbsent(step, s -> new ArrayList<>()).add(move);
            }
        }
        steps.values().forEach(moves -> moves.sort(Comparator.comparing(DealMove::change,
                Comparator.comparing(BigDecimal::abs)).reversed().thenComparing(DealMove::dealId)));
        return new Waterfall(start, end, steps, unchanged);
    }

    /** The rules of the class comment, in order; null for a deal in both commitments at the same amount. */
    static @Nullable MovementStep step(@Nullable FrozenDeal before, @Nullable FrozenDeal after, boolean inBefore,
                                       boolean inAfter, BigDecimal change) {
        if (inAfter && after.outcome() == DealOutcome.WON && (before == null || before.outcome() != DealOutcome.WON)) {
            return MovementStep.WON;
        }
        if (inBefore && inAfter) {
            return change.signum() > 0 ? MovementStep.AMOUNT_UP
                    : change.signum() < 0 ? MovementStep.AMOUNT_DOWN : null;
        }
        if (inBefore) {
            return after != null && after.committedOrWon() ? MovementStep.SLIPPED_OUT : MovementStep.LOST;
        }
        return before != null && before.committedOrWon() ? MovementStep.PULLED_IN : MovementStep.NEW;
    }

    /** The deals' commitment for the period. */
    public static BigDecimal commitment(Period period, Collection<FrozenDeal> deals) {
        return deals.stream().map(deal -> contribution(deal, period)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal contribution(@Nullable FrozenDeal deal, Period period) {
        return deal != null && deal.inCommitment(period) ? deal.amount() : BigDecimal.ZERO;
    }

    private static Map<Long, FrozenDeal> byId(Collection<FrozenDeal> deals) {
        return deals.stream().collect(Collectors.toMap(FrozenDeal::dealId, Function.identity(), (x, y) -> x,
                LinkedHashMap::new));
    }
}
