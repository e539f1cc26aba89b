package com.headpin.resources;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.headpin.resources.internal.CapacityMath;
import com.headpin.resources.internal.Loads;
import com.headpin.resources.internal.PoolReader;
import com.headpin.resources.internal.ResourceRequest;
import com.headpin.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people × weeks capacity grid of the assignment board: load in days and percent, absences, over-allocation. */
@Service
@Transactional(readOnly = true)
public class CapacityService {

    /** The most weeks one grid shows. */
    public static final int MAX_WEEKS = 26;

    private final PoolReader pool;
    private final Loads loads;

    CapacityService(PoolReader pool, Loads loads) {
        this.pool = pool;
        this.loads = loads;
    }

    /** The active pool over {@code weeks} weeks from the week of {@code from}. */
    @PreAuthorize("hasAnyRole('DIRECTOR', 'ADMIN')")
    public CapacityGrid grid(LocalDate from, int weeks) {
        if (weeks < 1 || weeks > MAX_WEEKS) {
            throw InvalidInputException.of("weeks", "resource.weeks.range");
        }
        LocalDate first = CapacityMath.weekStart(from);
        List<LocalDate> mondays = IntStream.range(0, weeks).mapToObj(first::plusWeeks).toList();
        Map<Long, List<ResourceRequest>> booked = loads.booked(first, first.plusWeeks(weeks).minusDays(1));
        return new CapacityGrid(mondays, pool.active().stream().map(person -> {
            Map<LocalDate, BigDecimal> load = Loads.weekly(booked.getOrDefault(person.id(), List.of()), null);
            return new CapacityRow(person, Loads.weeks(person, mondays, load));
        }).toList());
    }
}
