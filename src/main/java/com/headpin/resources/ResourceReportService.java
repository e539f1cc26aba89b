package com.headpin.resources;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import com.headpin.resources.internal.CapacityMath;
import com.headpin.resources.internal.Loads;
import com.headpin.resources.internal.PoolReader;
import com.headpin.resources.internal.RequestRepository;
import com.headpin.resources.internal.ResourceRequest;
import com.headpin.shared.BusinessCalendar;
import com.headpin.shared.Csv;
import com.headpin.shared.HeadpinI18NProvider;
import com.headpin.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports for directors: utilisation per person and per type month by month (assigned days against capacity),
 * demand not met (requests open past their start, declined ones) and the time from request to assignment; as a CSV
 * in the reader's language too.
 */
@Service
@Transactional(readOnly = true)
public class ResourceReportService {

    private final RequestRepository requests;
    private final PoolReader pool;
    private final Loads loads;
    private final BusinessCalendar calendar;
    private final HeadpinI18NProvider i18n;

    ResourceReportService(RequestRepository requests, PoolReader pool, Loads loads, BusinessCalendar calendar,
                          HeadpinI18NProvider i18n) {
        this.requests = requests;
        this.pool = pool;
        this.loads = loads;
        this.calendar = calendar;
        this.i18n = i18n;
    }

    @PreAuthorize("hasAnyRole('DIRECTOR', 'ADMIN')")
    public UtilisationReport report(YearMonth from, int months) {
        if (months < 1 || months > DemandService.MAX_MONTHS) {
            throw InvalidInputException.of("months", "resource.months.range");
        }
        List<YearMonth> range = IntStream.range(0, months).mapToObj(from::plusMonths).toList();
        LocalDate first = range.getFirst().atDay(1);
        LocalDate last = range.getLast().atEndOfMonth();
        Map<Long, List<ResourceRequest>> booked = loads.booked(first, last);
        List<UtilisationRow> people = new ArrayList<>();
        Map<ResourceType, BigDecimal[][]> types = new EnumMap<>(ResourceType.class);
        for (ResourceSummary person : pool.active()) {
            Map<YearMonth, BigDecimal> assigned = new HashMap<>();
            for (ResourceRequest r : booked.getOrDefault(person.id(), List.of())) {
                monthly(r).forEach((month, days) -> assigned.merge(month, days, BigDecimal::add));
            }
            List<BigDecimal> load = range.stream().map(m -> assigned.getOrDefault(m, BigDecimal.ZERO)).toList();
            List<BigDecimal> capacity = range.stream().map(m -> CapacityMath.capacity(person.daysPerWeek(),
                    m.atDay(1), m.atEndOfMonth(), Loads.spans(person.absences()))).toList();
            people.add(new UtilisationRow(person.fullName(), person.type(), load, capacity));
            BigDecimal[][] sums = types.computeIfAbsent(person.type(), t -> zeros(2, months));
            for (int i = 0; i < months; i++) {
                sums[0][i] = sums[0][i].add(load.get(i));
                sums[1][i] = sums[1][i].add(capacity.get(i));
            }
        }
        List<UtilisationRow> byType = new ArrayList<>();
        types.forEach((type, sums) -> byType.add(new UtilisationRow(null, type, List.of(sums[0]), List.of(sums[1]))));
        return new UtilisationReport(range, people, byType, unmet(first.atStartOfDay(calendar.zone()).toInstant()));
    }

    /** Per type: requests open past their start, declined ones, and the average days to assignment (since from). */
    private List<UnmetRow> unmet(java.time.Instant since) {
        LocalDate today = calendar.today();
        List<ResourceRequest> all = requests.findByRequestedAtGreaterThanEqual(since);
        List<UnmetRow> rows = new ArrayList<>();
        for (ResourceType type : ResourceType.values()) {
            List<ResourceRequest> ofType = all.stream().filter(r -> r.getType() == type).toList();
            List<ResourceRequest> overdue = ofType.stream().filter(r -> r.getStatus() == RequestStatus.REQUESTED
                    && r.getStartsOn().isBefore(today)).toList();
            List<ResourceRequest> declined = ofType.stream().filter(r -> r.getStatus() == RequestStatus.DECLINED)
                    .toList();
            List<ResourceRequest> assigned = ofType.stream().filter(r -> r.getAssignedAt() != null).toList();
            BigDecimal average = assigned.isEmpty() ? BigDecimal.ZERO : BigDecimal.valueOf(assigned.stream()
                    .mapToLong(r -> Duration.between(r.getRequestedAt(), r.getAssignedAt()).toMinutes()).sum())
                    .divide(BigDecimal.valueOf(assigned.size() * 24L * 60L), 1, RoundingMode.HALF_UP);
            rows.add(new UnmetRow(type, overdue.size(), days(overdue), declined.size(), days(declined),
                    assigned.size(), average));
        }
        return rows;
    }

    /** The report as CSV in the reader's language: utilisation per person, then per type. */
    @PreAuthorize("hasAnyRole('DIRECTOR', 'ADMIN')")
    public String csv(YearMonth from, int months, Locale locale) {
        UtilisationReport report = report(from, months);
        List<String> header = new ArrayList<>(List.of(i18n.getTranslation("resource.person", locale),
                i18n.getTranslation("resource.type", locale)));
        report.months().forEach(m -> header.add(m.toString()));
        StringBuilder csv = new StringBuilder(Csv.BOM).append(Csv.line(header));
        List<UtilisationRow> rows = new ArrayList<>(report.people());
        rows.addAll(report.types());
        for (UtilisationRow row : rows) {
            List<String> cells = new ArrayList<>(List.of(row.person() == null
                    ? i18n.getTranslation("resource.report.all", locale) : row.person(),
                    i18n.getTranslation(row.type().labelKey(), locale)));
            IntStream.range(0, report.months().size()).forEach(i -> cells.add(row.percent(i) + "%"));
            csv.append(Csv.line(cells));
        }
        return csv.toString();
    }

    private static Map<YearMonth, BigDecimal> monthly(ResourceRequest r) {
        Map<YearMonth, BigDecimal> months = new HashMap<>();
        CapacityMath.spread(r.getEffortDays(), r.getStartsOn(), r.getEndsOn())
                .forEach((monday, days) -> months.merge(YearMonth.from(monday), days, BigDecimal::add));
        return months;
    }

    private static BigDecimal days(List<ResourceRequest> rows) {
        return rows.stream().map(ResourceRequest::getEffortDays).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal[][] zeros(int rows, int columns) {
        BigDecimal[][] zeros = new BigDecimal[rows][columns];
        for (BigDecimal[] row : zeros) {
            java.util.Arrays.fill(row, BigDecimal.ZERO);
        }
        return zeros;
    }
}
