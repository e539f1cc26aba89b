package com.headpin.planning;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import com.headpin.planning.internal.CalendarPeriodRepository;
import com.headpin.planning.internal.CalendarPeriodRow;
import com.headpin.security.CurrentUser;
import com.headpin.security.Role;
import com.headpin.shared.InputRules;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.RecordChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The company calendar: the customer's seasons and the blackout periods (Spring Festival, National Day) with their
 * dates per year. Everyone logged in reads it (account plans show it, the planner schedules around it);
 * administrators and directors keep it.
 */
@Service
@Transactional
public class CompanyCalendarService {

    private final CalendarPeriodRepository periods;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    CompanyCalendarService(CalendarPeriodRepository periods, CurrentUser currentUser,
                           ApplicationEventPublisher events) {
        this.periods = periods;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** Every stored period, by start date. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CalendarPeriod> periods() {
        return periods.findAllByOrderByStartsOnAsc().stream().map(CalendarPeriodRow::toPeriod).toList();
    }

    /** The periods falling between {@code start} and {@code end}, on their dates, by start. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CalendarOccurrence> occurrences(LocalDate start, LocalDate end) {
        return periods().stream()
                .flatMap(p -> p.occurrences(start, end).stream().map(dates -> new CalendarOccurrence(p, dates)))
                .sorted(Comparator.comparing((CalendarOccurrence o) -> o.dates().from())
                        .thenComparing(o -> o.period().kind()))
                .toList();
    }

    /** Whether the caller keeps the calendar: administrators and directors. */
    @PreAuthorize("isAuthenticated()")
    public boolean mayEdit() {
        return currentUser.hasAny(Role.ADMIN, Role.DIRECTOR);
    }

    /** Adds a period ({@code input.id()} null) or changes one on the version the editor loaded. */
    @PreAuthorize("hasAnyRole('ADMIN', 'DIRECTOR')")
    public CalendarPeriod save(CalendarPeriodInput input) {
        check(input);
        CalendarPeriodRow row;
        if (input.id() == null) {
            row = new CalendarPeriodRow();
        } else {
            row = periods.findById(input.id())
                    .orElseThrow(() -> InvalidInputException.of("kind", "calendar.period.gone"));
            row.checkVersion(input.version());
        }
        row.apply(input);
        CalendarPeriodRow saved = periods.saveAndFlush(row);
        events.publishEvent(RecordChanged.of(PlanningTopics.CALENDAR_PERIOD, saved.requireId(), Set.of(),
                PlanningTopics.CALENDAR));
        return saved.toPeriod();
    }

    /** Removes a period as the editor loaded it: a changed one is refused, a gone one ignored. */
    @PreAuthorize("hasAnyRole('ADMIN', 'DIRECTOR')")
    public void delete(long id, long version) {
        periods.findById(id).ifPresent(row -> {
            row.checkVersion(version);
            periods.delete(row);
            events.publishEvent(RecordChanged.of(PlanningTopics.CALENDAR_PERIOD, id, Set.of(),
                    PlanningTopics.CALENDAR));
        });
    }

    private static void check(CalendarPeriodInput input) {
        InputRules rules = new InputRules();
        if (input.kind() == null) {
            rules.reject("kind", "validation.required");
        }
        if (input.kind() == PeriodKind.OTHER) {
            rules.name("label", input.label(), CalendarPeriodRow.LABEL_MAX_LENGTH);
        } else if (input.label() != null && !input.label().isBlank()) {
            rules.name("label", input.label(), CalendarPeriodRow.LABEL_MAX_LENGTH);
        }
        if (input.from() == null) {
            rules.reject("from", "validation.required");
        }
        if (input.to() == null) {
            rules.reject("to", "validation.required");
        }
        rules.date("from", input.from()).date("to", input.to());
        if (input.from() != null && input.to() != null) {
            if (input.to().isBefore(input.from())) {
                rules.reject("to", "calendar.period.ends-before-start");
            } else if (input.everyYear() && !input.to().isBefore(input.from().plusYears(1))) {
                rules.reject("to", "calendar.period.longer-than-a-year");
            }
        }
        CalendarPeriodInput.ReminderInput reminder = input.reminder();
        if (reminder != null && reminder.reminds()) {
            Integer days = reminder.daysAhead();
            if (days == null) {
                rules.reject("remindDays", "validation.required");
            } else if (days < 0 || days > ReminderRule.MAX_DAYS_AHEAD) {
                rules.reject("remindDays", "calendar.remind.days.range");
            }
            if (reminder.action() == null) {
                rules.reject("remindAction", "validation.required");
            }
        }
        rules.check();
    }
}
