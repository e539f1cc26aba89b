package com.headpin.planning.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.headpin.KaribuTest;
import com.headpin.TestClock;
import com.headpin.accounts.AccountFilter;
import com.headpin.accounts.AccountService;
import com.headpin.accounts.AccountSummary;
import com.headpin.planning.CalendarPeriod;
import com.headpin.planning.CalendarPeriodInput;
import com.headpin.planning.CompanyCalendarService;
import com.headpin.planning.PeriodKind;
import com.headpin.planning.ReminderAction;
import com.headpin.planning.YearReminder;
import com.headpin.security.CurrentUser;
import com.headpin.security.SystemAuthentication;
import com.headpin.shared.BusinessCalendar;
import com.headpin.shared.ui.chart.Chart;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import tools.jackson.databind.JsonNode;

/**
 * The customer's year: everyone sees the year's seasons on a timeline; a rep sees the reminders coming for her own
 * accounts; an administrator sets a period's reminder in the calendar dialog, bad days refused at the field.
 */
class CustomerYearViewTest extends KaribuTest {

    @Autowired
    TestClock clock;
    @Autowired
    BusinessCalendar businessCalendar;
    @Autowired
    AccountService accounts;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    CompanyCalendarService calendar;

    @AfterEach
    void reset() {
        clock.reset();
        SystemAuthentication.runAsAdmin(() -> calendar.periods().stream()
                .filter(p -> p.kind() == PeriodKind.PLANNING && p.reminder().daysAhead() != 14)
                .forEach(p -> calendar.save(new CalendarPeriodInput(p.id(), p.version(), p.kind(), p.label(),
                        p.from(), p.to(), p.everyYear(), p.blackout(),
                        new CalendarPeriodInput.ReminderInput(true, 14, ReminderAction.MEET_DECISION_MAKER, true)))));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRepSeesTheSeasonsOfTheYearAndTheRemindersForHerAccounts() {
        clock.stopAt(LocalDate.of(2027, 1, 2).atTime(LocalTime.NOON).atZone(businessCalendar.zone()).toInstant());
        openAs("rep3");
        navigate("customer-year");

        assertThat(_get(Select.class, spec -> spec.withId("customer-year-select")).getValue()).isEqualTo(2027);
        JsonNode option = _get(Chart.class, spec -> spec.withId("customer-year-chart")).getOption();
        List<String> rows = new ArrayList<>();
        option.at("/yAxis/data").forEach(n -> rows.add(n.asString()));
        assertThat(rows).contains("Planning season", "Spring Festival", "Vendor selection", "Tenders",
                "Christmas / New Year");
        assertThat(option.at("/series/2/id").asString()).isEqualTo("reminders");
        assertThat(option.at("/series/2/data").size()).isPositive();

        Set<Long> hers = accounts.page(new AccountFilter("", null, null, currentUser.requireId(), null, null, false),
                PageRequest.of(0, 500)).stream().map(AccountSummary::id)
                .collect(Collectors.toSet());
        Grid<YearReminder> reminders = _get(Grid.class, spec -> spec.withId("customer-year-reminders"));
        List<YearReminder> shown = _fetch(reminders, 0, 1000);
        assertThat(shown).isNotEmpty();
        assertThat(shown.stream().map(YearReminder::accountId).collect(Collectors.toSet())).isEqualTo(hers);
        // Spring Festival 2027 starts on 29 January: three weeks ahead, every account she pursues.
        YearReminder festival = shown.stream().filter(r -> r.action() == ReminderAction.CLOSE_BEFORE_HOLIDAY)
                .findFirst().orElseThrow();
        assertThat(festival.dueOn()).isEqualTo(LocalDate.of(2027, 1, 8));
        assertThat(_getFormattedRow(reminders, shown.indexOf(festival))).contains(
                "Holiday from January 29: close open items with " + festival.accountName()
                        + " before projects stall", "To come");
        // No editing for a rep.
        assertThat(_find(com.vaadin.flow.router.RouterLink.class, spec -> spec.withId("customer-year-edit")))
                .isEmpty();
    }

    @Test
    void aPastYearShowsItsSeasonsButNoReminders() {
        clock.stopAt(LocalDate.of(2027, 1, 2).atTime(LocalTime.NOON).atZone(businessCalendar.zone()).toInstant());
        openAs("rep", java.util.Locale.SIMPLIFIED_CHINESE);
        navigate("customer-year");
        _get(Select.class, spec -> spec.withId("customer-year-select")).setValue(2026);
        JsonNode option = _get(Chart.class, spec -> spec.withId("customer-year-chart")).getOption();
        List<String> rows = new ArrayList<>();
        option.at("/yAxis/data").forEach(n -> rows.add(n.asString()));
        assertThat(rows).contains("年度规划期", "春节");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withId("customer-year-no-reminders")).getText()).isEqualTo("2026年您的客户没有待发送的提醒。");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorChangesAReminderBadDaysAreRefusedAtTheField() {
        openAs("admin");
        navigate("calendar");
        Grid<CalendarPeriod> periods = _get(Grid.class, spec -> spec.withId("calendar-periods"));
        List<CalendarPeriod> all = _fetch(periods, 0, 100);
        int planning = all.indexOf(all.stream().filter(p -> p.kind() == PeriodKind.PLANNING).findFirst()
                .orElseThrow());
        com.github.mvysny.kaributesting.v10.GridKt._clickItem(periods, planning);

        assertThat(_get(Checkbox.class, spec -> spec.withId("period-reminds")).getValue()).isTrue();
        assertThat(_get(Checkbox.class, spec -> spec.withId("period-remind-key-only")).getValue()).isTrue();
        assertThat(_get(Select.class, spec -> spec.withId("period-remind-action")).getValue())
                .isEqualTo(ReminderAction.MEET_DECISION_MAKER);
        IntegerField days = _get(IntegerField.class, spec -> spec.withId("period-remind-days"));
        assertThat(days.getValue()).isEqualTo(14);

        days.setValue(200);
        _click(_get(Button.class, spec -> spec.withId("period-save")));
        assertThat(days.getErrorMessage()).isEqualTo("Enter 0 to 90 days");
        days.setValue(30);
        _click(_get(Button.class, spec -> spec.withId("period-save")));

        assertThat(_fetch(periods, 0, 100)).filteredOn(p -> p.kind() == PeriodKind.PLANNING).singleElement()
                .satisfies(p -> assertThat(p.reminder().daysAhead()).isEqualTo(30));
    }
}
