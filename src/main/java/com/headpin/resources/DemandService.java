package com.headpin.resources;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.headpin.resources.internal.CapacityMath;
import com.headpin.resources.internal.Loads;
import com.headpin.resources.internal.PoolReader;
import com.headpin.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Expected demand per type and month, added up over every {@link DemandSource}, beside the pool's capacity (days per
 * week over the month's working days, absences taken out), so a director sees next quarter's shortage early.
 */
@Service
@Transactional(readOnly = true)
public class DemandService {

    public static final int MAX_MONTHS = 12;

    private final List<DemandSource> sources;
    private final PoolReader pool;

    DemandService(List<DemandSource> sources, PoolReader pool) {
        this.sources = sources;
        this.pool = pool;
    }

    @PreAuthorize("hasAnyRole('DIRECTOR', 'ADMIN')")
    public DemandOutlook outlook(YearMonth from, int months) {
        if (months < 1 || months > MAX_MONTHS) {
            throw InvalidInputException.of("months", "resource.months.range");
        }
        List<YearMonth> range = IntStream.range(0, months).mapToObj(from::plusMonths).toList();
        Map<ResourceType, Map<YearMonth, BigDecimal>> demand = new EnumMap<>(ResourceType.class);
        for (DemandSource source : sources) {
            source.demand(range.getFirst(), range.getLast()).forEach(d -> demand
                    .computeIfAbsent(d.type(), t -> new HashMap<>()).merge(d.month(), d.days(), BigDecimal::add));
        }
        Map<ResourceType, Map<YearMonth, BigDecimal>> capacity = new EnumMap<>(ResourceType.class);
        pool.active().forEach(person -> range.forEach(month -> capacity
                .computeIfAbsent(person.type(), t -> new HashMap<>())
                .merge(month, CapacityMath.capacity(person.daysPerWeek(), month.atDay(1), month.atEndOfMonth(),
                        Loads.spans(person.absences())), BigDecimal::add)));
        List<DemandLine> lines = new ArrayList<>();
        for (ResourceType type : ResourceType.values()) {
            lines.add(new DemandLine(type, values(demand.get(type), range), values(capacity.get(type), range)));
        }
        return new DemandOutlook(range, lines);
    }

    private static List<BigDecimal> values(@org.jspecify.annotations.Nullable Map<YearMonth, BigDecimal> byMonth, List<YearMonth> range) {
        BigDecimal none = BigDecimal.ZERO.setScale(CapacityMath.SCALE);
        return range.stream().map(m -> byMonth == null ? none : byMonth.getOrDefault(m, none)
                .setScale(CapacityMath.SCALE, java.math.RoundingMode.HALF_UP)).toList();
    }
}
