package com.headpin.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.headpin.HeadpinTest;
import com.headpin.TestSessions;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.StaleDataException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The company calendar: seeded seasons and Spring Festivals, repeating periods, who keeps it, bad input. */
@HeadpinTest
class CompanyCalendarIT {

    @Autowired
    CompanyCalendarService calendar;
    @Autowired
    UserDetailsService userDetails;

    private final List<CalendarPeriod> added = new ArrayList<>();

    @AfterEach
    void removeAdded() {
        added.forEach(p -> as("admin", () -> {
            calendar.delete(p.id(), calendar.periods().stream().filter(q -> q.id() == p.id()).findFirst()
                    .map(CalendarPeriod::version).orElse(p.version()));
            return null;
        }));
    }

    @Test
    void springFestival2027IsABlackoutAndTheSeasonsRepeatEveryYear() {
        List<CalendarOccurrence> in2027 = as("rep3", () -> calendar.occurrences(LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31)));

        assertThat(in2027).filteredOn(o -> o.period().kind() == PeriodKind.SPRING_FESTIVAL).singleElement()
                .satisfies(o -> {
                    assertThat(o.blackout()).isTrue();
                    assertThat(o.dates().contains(LocalDate.of(2027, 2, 6))).isTrue();
                });
        assertThat(in2027).filteredOn(o -> o.period().kind() == PeriodKind.TENDER).singleElement()
                .satisfies(o -> assertThat(o.dates()).isEqualTo(new DateRange(LocalDate.of(2027, 5, 1),
                        LocalDate.of(2027, 8, 10))));
        // Christmas / New Year reaches into the year from the one before, and into the next one.
        assertThat(in2027).filteredOn(o -> o.period().kind() == PeriodKind.HOLIDAYS).extracting(o -> o.dates().from())
                .containsExactly(LocalDate.of(2026, 12, 20), LocalDate.of(2027, 12, 20));
        assertThat(in2027).filteredOn(CalendarOccurrence::blackout).extracting(o -> o.period().kind())
                .containsExactlyInAnyOrder(PeriodKind.SPRING_FESTIVAL, PeriodKind.NATIONAL_DAY);
    }

    @Test
    void aDirectorAddsAHolidayARepOnlyReadsIt() {
        CalendarPeriodInput dragonBoat = new CalendarPeriodInput(null, 0, PeriodKind.OTHER, "端午节",
                LocalDate.of(2027, 6, 9), LocalDate.of(2027, 6, 11), false, true);
        assertThatThrownBy(() -> as("rep3", () -> calendar.save(dragonBoat)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("rep3", calendar::mayEdit)).isFalse();

        CalendarPeriod saved = as("director", () -> calendar.save(dragonBoat));
        added.add(saved);

        assertThat(as("rep3", () -> calendar.occurrences(LocalDate.of(2027, 6, 1), LocalDate.of(2027, 6, 30))))
                .anySatisfy(o -> assertThat(o.period().label()).isEqualTo("端午节"));
        assertThatThrownBy(() -> as("director", () -> calendar.save(new CalendarPeriodInput(saved.id(),
                saved.version() + 1, PeriodKind.OTHER, "端午", saved.from(), saved.to(), false, true))))
                .isInstanceOf(StaleDataException.class);
    }

    @Test
    void badPeriodsAreRefusedAtTheirFields() {
        assertThatThrownBy(() -> as("admin", () -> calendar.save(new CalendarPeriodInput(null, 0, PeriodKind.OTHER,
                "", LocalDate.of(2027, 6, 9), LocalDate.of(2027, 6, 1), false, true))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("label", "validation.required")
                        .containsEntry("to", "calendar.period.ends-before-start"));
        assertThatThrownBy(() -> as("admin", () -> calendar.save(new CalendarPeriodInput(null, 0,
                PeriodKind.HOLIDAYS, null, LocalDate.of(2027, 1, 1), LocalDate.of(2028, 1, 1), true, false))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("to", "calendar.period.longer-than-a-year"));
    }

    private <T> T as(String username, Supplier<T> work) {
        return TestSessions.as(userDetails, username, work);
    }
}
