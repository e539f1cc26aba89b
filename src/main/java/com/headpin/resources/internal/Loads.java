package com.headpin.resources.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.headpin.resources.Absence;
import com.headpin.resources.RequestStatus;
import com.headpin.resources.ResourceSummary;
import com.headpin.resources.WeekLoad;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Assigned days per person and week, and the weeks as the board shows them: one read of the assignments. */
@Component
public class Loads {

    /** Assignments that take a person's time: assigned, and done ones (the days were spent). */
    public static final Set<RequestStatus> BOOKED = Set.of(RequestStatus.ASSIGNED, RequestStatus.DONE);

    private final RequestRepository requests;

    Loads(RequestRepository requests) {
        this.requests = requests;
    }

    /** The assignments touching the days, by person. */
    public Map<Long, List<ResourceRequest>> booked(LocalDate from, LocalDate to) {
        Map<Long, List<ResourceRequest>> byPerson = new HashMap<>();
        requests.findByStatusInAndResourceIdNotNullAndEndsOnGreaterThanEqualAndStartsOnLessThanEqual(BOOKED, from, to)
                .forEach(r -> byPerson.computeIfAbsent(r.getResourceId(), id -> new java.util.ArrayList<>()).add(r));
        return byPerson;
    }

    /** Assigned days per week (by Monday) of the assignments, leaving one request out. */
    public static Map<LocalDate, BigDecimal> weekly(List<ResourceRequest> assignments, @Nullable Long leaveOut) {
        Map<LocalDate, BigDecimal> weeks = new HashMap<>();
        for (ResourceRequest r : assignments) {
            if (leaveOut != null && leaveOut.equals(r.getId())) {
                continue;
            }
            CapacityMath.spread(r.getEffortDays(), r.getStartsOn(), r.getEndsOn())
                    .forEach((week, days) -> weeks.merge(week, days, BigDecimal::add));
        }
        return weeks;
    }

    public static List<CapacityMath.Span> spans(List<Absence> absences) {
        return absences.stream().map(a -> new CapacityMath.Span(a.startsOn(), a.endsOn())).toList();
    }

    /** The person's weeks from {@code weeks}, with the assignments' load. */
    public static List<WeekLoad> weeks(ResourceSummary person, List<LocalDate> weeks, Map<LocalDate, BigDecimal> load) {
        List<CapacityMath.Span> away = spans(person.absences());
        return weeks.stream().map(monday -> new WeekLoad(monday,
                CapacityMath.capacity(person.daysPerWeek(), monday, away),
                load.getOrDefault(monday, BigDecimal.ZERO.setScale(CapacityMath.SCALE)),
                CapacityMath.absentDays(monday, away))).toList();
    }
}
