package com.headpin.planning.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The share of a rep's (or a team's) customers outside their rep's city, in percent: accounts with a city other
 * than their rep's. Accounts without a city, and every account of a rep without one, count as local: travel is
 * never guessed.
 */
public final class TravelShare {

    private TravelShare() {
    }

    /** One rep's city and their accounts counted by city. */
    public record Customers(@Nullable String repCity, Map<String, Long> accountsByCity) {
    }

    public static int percentOutside(@Nullable String repCity, Map<String, Long> accountsByCity) {
        return percentOutside(List.of(new Customers(repCity, accountsByCity)));
    }

    /** A team's share: all the reps' accounts together, each account against its own rep's city. */
    public static int percentOutside(List<Customers> reps) {
        long total = reps.stream().flatMap(r -> r.accountsByCity().values().stream()).mapToLong(Long::longValue)
                .sum();
        long outside = reps.stream().mapToLong(TravelShare::outside).sum();
        return total == 0 ? 0 : (int) Math.round(outside * 100.0 / total);
    }

    private static long outside(Customers rep) {
        if (rep.repCity() == null || rep.repCity().isBlank()) {
            return 0;
        }
        String home = normal(rep.repCity());
        return rep.accountsByCity().entrySet().stream()
                .filter(e -> !e.getKey().isBlank() && !normal(e.getKey()).equals(home))
                .mapToLong(Map.Entry::getValue).sum();
    }

    private static String normal(String city) {
        return city.strip().toLowerCase(Locale.ROOT);
    }
}
