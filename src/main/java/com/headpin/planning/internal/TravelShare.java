package com.headpin.planning.internal;

import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The share of a rep's customers outside the rep's city, in percent: accounts with a city other than the rep's.
 * Accounts without a city, and every account of a rep without one, count as local: travel is never guessed.
 */
public final class TravelShare {

    private TravelShare() {
    }

    public static int percentOutside(@Nullable String repCity, Map<String, Long> accountsByCity) {
        long total = accountsByCity.values().stream().mapToLong(Long::longValue).sum();
        if (repCity == null || repCity.isBlank() || total == 0) {
            return 0;
        }
        String home = normal(repCity);
        long outside = accountsByCity.entrySet().stream()
                .filter(e -> !e.getKey().isBlank() && !normal(e.getKey()).equals(home))
                .mapToLong(Map.Entry::getValue).sum();
        return (int) Math.round(outside * 100.0 / total);
    }

    private static String normal(String city) {
        return city.strip().toLowerCase(Locale.ROOT);
    }
}
