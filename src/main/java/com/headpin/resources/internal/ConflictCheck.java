package com.headpin.resources.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.headpin.deals.DealService;
import com.headpin.deals.DealSummary;
import com.headpin.resources.Absence;
import com.headpin.resources.Conflict;
import com.headpin.resources.ConflictKind;
import com.headpin.resources.ResourceSummary;
import org.springframework.stereotype.Component;

/**
 * What stands against giving a request's days to a person: their other assignments on overlapping days (double
 * booking), absences on those days, and weeks the added load would take past their capacity.
 */
@Component
public class ConflictCheck {

    private final RequestRepository requests;
    private final DealService deals;

    ConflictCheck(RequestRepository requests, DealService deals) {
        this.requests = requests;
        this.deals = deals;
    }

    /** The conflicts of the request moved to start on {@code startsOn} (its length kept), given to the person. */
    public List<Conflict> check(ResourceSummary person, ResourceRequest request, LocalDate startsOn) {
        LocalDate endsOn = startsOn.plusDays(request.getEndsOn().toEpochDay() - request.getStartsOn().toEpochDay());
        List<ResourceRequest> booked = requests.findByResourceIdAndStatusInOrderByStartsOnAsc(person.id(),
                Loads.BOOKED).stream().filter(r -> r.requireId() != request.requireId()).toList();
        List<Conflict> conflicts = new ArrayList<>();
        List<ResourceRequest> overlapping = booked.stream()
                .filter(r -> !r.getStartsOn().isAfter(endsOn) && !r.getEndsOn().isBefore(startsOn)).toList();
        Map<Long, String> names = deals.summaries(overlapping.stream().map(ResourceRequest::getDealId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(DealSummary::id, DealSummary::name));
        overlapping.forEach(r -> conflicts.add(new Conflict(ConflictKind.DOUBLE_BOOKING,
                names.getOrDefault(r.getDealId(), ""), r.getStartsOn(), r.getEndsOn(), 0)));
        for (Absence away : person.absences()) {
            LocalDate from = away.startsOn().isBefore(startsOn) ? startsOn : away.startsOn();
            LocalDate to = away.endsOn().isAfter(endsOn) ? endsOn : away.endsOn();
            if (CapacityMath.workingDays(from, to) > 0) {
                conflicts.add(new Conflict(ConflictKind.ABSENCE, null, away.startsOn(), away.endsOn(), 0));
            }
        }
        Map<LocalDate, BigDecimal> load = Loads.weekly(booked, null);
        List<CapacityMath.Span> absences = Loads.spans(person.absences());
        CapacityMath.spread(request.getEffortDays(), startsOn, endsOn).forEach((monday, days) -> {
            BigDecimal total = load.getOrDefault(monday, BigDecimal.ZERO).add(days);
            BigDecimal capacity = CapacityMath.capacity(person.daysPerWeek(), monday, absences);
            if (total.compareTo(capacity) > 0) {
                conflicts.add(new Conflict(ConflictKind.OVER_CAPACITY, null, monday, monday.plusDays(4),
                        CapacityMath.percent(total, capacity)));
            }
        });
        return conflicts;
    }
}
