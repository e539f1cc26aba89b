package com.headpin.forecast;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import com.headpin.forecast.internal.ForecastSnapshot;
import com.headpin.forecast.internal.ForecastSnapshotRepository;
import com.headpin.security.CurrentUser;
import com.headpin.security.Role;
import com.headpin.security.SystemAuthentication;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import com.headpin.shared.BusinessCalendar;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.RecordChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Weekly snapshots: frozen once a week by {@code WeeklySnapshotJob}, or on demand by a director. There is one per
 * week; taking it again in the same week replaces it (the week stands for how things were that week, and a director
 * who freezes after the forecast meeting wants the corrected figures; a snapshot can only be taken in its own week,
 * so nothing earlier is ever rewritten). Freezing covers every rep, whoever asks.
 */
@Service
@Transactional
public class SnapshotService {

    private final ForecastSnapshotRepository snapshots;
    private final SnapshotFreezer freezer;
    private final Periods periods;
    private final BusinessCalendar calendar;
    private final UserAccountService users;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    SnapshotService(ForecastSnapshotRepository snapshots, SnapshotFreezer freezer, Periods periods,
                    BusinessCalendar calendar, UserAccountService users, CurrentUser currentUser,
                    ApplicationEventPublisher events) {
        this.snapshots = snapshots;
        this.freezer = freezer;
        this.periods = periods;
        this.calendar = calendar;
        this.users = users;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** All weekly snapshots, newest first (they hold no names or amounts by themselves). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<SnapshotSummary> snapshots() {
        List<ForecastSnapshot> all = snapshots.findAllByOrderByWeekStartDesc();
        Set<Long> takers = all.stream().map(ForecastSnapshot::getTakenBy).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, String> names = users.findAll(takers).stream()
                .collect(Collectors.toMap(UserSummary::id, UserSummary::fullName));
        return all.stream().map(snapshot -> summary(snapshot, names)).toList();
    }

    /** Whether this week has its snapshot already (a director's confirmation says it will be replaced). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean takenThisWeek() {
        return snapshots.findByWeekStart(calendar.thisWeekStart()).isPresent();
    }

    /** Whether the caller may freeze a snapshot on demand (directors and administrators). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean mayTakeSnapshots() {
        return currentUser.hasAny(Role.DIRECTOR, Role.ADMIN);
    }

    /** Freezes this week's snapshot now (replacing this week's earlier one): directors and administrators. */
    @PreAuthorize("hasAnyRole('DIRECTOR', 'ADMIN')")
    public SnapshotSummary takeNow() {
        // The scheduled job runs as the system (no user row): taken by nobody.
        return take(calendar.today(), currentUser.principal().map(p -> p.userId()).filter(id -> id > 0)
                .orElse(null));
    }

    /**
     * Freezes the snapshot of the week of a past day as the deals stood that day (their dated history): the demo
     * data's weeks, a company starting with a pipeline taken over from elsewhere. Administrators only.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public SnapshotSummary takeAsOf(LocalDate day) {
        if (day.isAfter(calendar.today())) {
            throw InvalidInputException.of("day", "forecast.snapshot.future");
        }
        return take(day, null);
    }

    private SnapshotSummary take(LocalDate day, @org.jspecify.annotations.Nullable Long takenBy) {
        ForecastSnapshot snapshot = SystemAuthentication.runAsAdmin(() -> freezer.freeze(day, takenBy));
        events.publishEvent(RecordChanged.of(ForecastTopics.SNAPSHOT, snapshot.requireId(), Set.of(),
                ForecastTopics.SNAPSHOTS));
        String by = takenBy == null ? null : users.find(takenBy).map(UserSummary::fullName).orElse(null);
        return new SnapshotSummary(snapshot.requireId(), snapshot.getWeekStart(), snapshot.getTakenOn(),
                quarter(snapshot), snapshot.getTakenAt(), by);
    }

    private SnapshotSummary summary(ForecastSnapshot snapshot, Map<Long, String> names) {
        Long by = snapshot.getTakenBy();
        return new SnapshotSummary(snapshot.requireId(), snapshot.getWeekStart(), snapshot.getTakenOn(),
                quarter(snapshot), snapshot.getTakenAt(), by == null ? null : names.get(by));
    }

    private Period quarter(ForecastSnapshot snapshot) {
        return periods.parse(snapshot.getPeriodKey())
                .orElseGet(() -> periods.containing(PeriodKind.QUARTER, snapshot.getTakenOn()));
    }
}
