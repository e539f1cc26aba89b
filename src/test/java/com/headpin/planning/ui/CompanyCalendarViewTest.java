package com.headpin.planning.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.headpin.KaribuTest;
import com.headpin.TypedDates;
import com.headpin.planning.CalendarPeriod;
import com.headpin.planning.CompanyCalendarService;
import com.headpin.planning.PeriodKind;
import com.headpin.security.SystemAuthentication;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A director adds a holiday to the company calendar; a rep cannot open the calendar's page. */
class CompanyCalendarViewTest extends KaribuTest {

    @Autowired
    CompanyCalendarService calendar;

    @AfterEach
    void removeAdded() {
        SystemAuthentication.runAsAdmin(() -> calendar.periods().stream()
                .filter(p -> "清明节".equals(p.label())).forEach(p -> calendar.delete(p.id(), p.version())));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDirectorAddsABlackoutWithItsDates() {
        openAs("director");
        navigate("calendar");
        Grid<CalendarPeriod> periods = _get(Grid.class, spec -> spec.withId("calendar-periods"));
        assertThat(_fetch(periods, 0, 100)).anySatisfy(p -> assertThat(p.kind()).isEqualTo(PeriodKind.SPRING_FESTIVAL));

        _click(_get(Button.class, spec -> spec.withId("calendar-add")));
        _get(Select.class, spec -> spec.withId("period-kind")).setValue(PeriodKind.OTHER);
        _click(_get(Button.class, spec -> spec.withId("period-save")));
        assertThat(_get(TextField.class, spec -> spec.withId("period-label")).getErrorMessage()).isNotBlank();

        _get(TextField.class, spec -> spec.withId("period-label")).setValue("清明节");
        TypedDates.type(_get(com.headpin.shared.ui.DateField.class, spec -> spec.withId("period-from")), "2027-04-03");
        TypedDates.type(_get(com.headpin.shared.ui.DateField.class, spec -> spec.withId("period-to")), "2027-04-05");
        _click(_get(Button.class, spec -> spec.withId("period-save")));

        assertThat(_fetch(periods, 0, 100)).anySatisfy(p -> {
            assertThat(p.label()).isEqualTo("清明节");
            assertThat(p.from()).isEqualTo(LocalDate.of(2027, 4, 3));
            assertThat(p.blackout()).isTrue();
        });
    }

    @Test
    void aRepIsNotShownTheCalendarsPage() {
        openAs("rep3");
        navigate("calendar");
        assertThat(_find(Grid.class, spec -> spec.withId("calendar-periods"))).isEmpty();
    }
}
