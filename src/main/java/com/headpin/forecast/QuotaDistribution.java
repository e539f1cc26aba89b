package com.headpin.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Splits an amount into shares by weight, to the fen: each share rounded down, then the fen left over handed one by
 * one to the largest remainders (earlier shares first on a tie), so the shares always add up exactly to the amount.
 * Weights all zero (nobody has a quota yet) split evenly.
 */
final class QuotaDistribution {

    private QuotaDistribution() {
    }

    static List<BigDecimal> shares(BigDecimal amount, List<BigDecimal> weights) {
        if (weights.isEmpty()) {
            return List.of();
        }
        BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<BigDecimal> used = total.signum() > 0 ? weights
                : weights.stream().map(weight -> BigDecimal.ONE).toList();
        BigDecimal sum = total.signum() > 0 ? total : BigDecimal.valueOf(weights.size());
        long cents = amount.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
        List<Long> shares = new ArrayList<>();
        List<BigDecimal> remainders = new ArrayList<>();
        long handed = 0;
        for (BigDecimal weight : used) {
            BigDecimal exact = BigDecimal.valueOf(cents).multiply(weight).divide(sum, 10, RoundingMode.DOWN);
            long floor = exact.setScale(0, RoundingMode.DOWN).longValueExact();
            shares.add(floor);
            remainders.add(exact.subtract(BigDecimal.valueOf(floor)));
            handed += floor;
        }
        List<Integer> order = IntStream.range(0, used.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> remainders.get(i)).reversed()
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        for (int k = 0; handed < cents; k = (k + 1) % order.size(), handed++) {
            int i = order.get(k);
            shares.set(i, shares.get(i) + 1);
        }
        return shares.stream().map(share -> BigDecimal.valueOf(share, 2)).toList();
    }
}
