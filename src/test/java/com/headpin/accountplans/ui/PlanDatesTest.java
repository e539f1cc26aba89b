package com.headpin.accountplans.ui;

import java.time.LocalDate;
import java.util.Locale;

import com.headpin.KaribuTest;
import com.headpin.TestSessions;
import com.headpin.accountplans.AccountPlanService;
import com.headpin.accountplans.ActionRow;
import com.headpin.accountplans.GoalRow;
import com.headpin.accountplans.PlanDetails;
import com.headpin.accounts.AccountFilter;
import com.headpin.accounts.AccountService;
import com.headpin.shared.BusinessCalendar;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.UserDetailsService;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.headpin.TypedDates.type;
import static org.assertj.core.api.Assertions.assertThat;

/** Goal and action dates typed in the Chinese UI: ISO and the shown form are kept, unreadable text saves nothing. */
class PlanDatesTest extends KaribuTest {

    @Autowired
    BusinessCalendar calendar;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountPlanService plans;
    @Autowired
    UserDetailsService userDetails;

    @Test
    void goalAndActionDatesTypedInChineseAreSavedAndUnreadableOnesAreNot() {
        int year = calendar.today().getYear();
        long accountId = TestSessions.as(userDetails, "rep3", () -> accounts.page(new AccountFilter("华北电网", null,
                null, null, null, null, true), Pageable.unpaged()).getContent().getFirst().id());
        openAs("rep3");
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        navigate("accounts/" + accountId);
        selectTab("account.tab.plan");

        _click(button("plan-add-goal"));
        _setValue(_get(TextField.class, spec -> spec.withId("goal-text")), "Typed dates: a goal");
        type(_get(DatePicker.class, spec -> spec.withId("goal-due")), "2026-12-20");
        _click(button("save-goal"));
        assertThat(plan(accountId, year).goals()).filteredOn(g -> g.goal().equals("Typed dates: a goal"))
                .extracting(GoalRow::dueDate).containsExactly(LocalDate.of(2026, 12, 20));

        _click(button("plan-add-action"));
        _setValue(_get(TextField.class, spec -> spec.withId("action-title")), "Typed dates: an action");
        type(_get(DatePicker.class, spec -> spec.withId("action-due")), "2026年12月22日");
        _click(button("save-action"));
        assertThat(plan(accountId, year).actions()).filteredOn(a -> a.title().equals("Typed dates: an action"))
                .extracting(ActionRow::dueDate).containsExactly(LocalDate.of(2026, 12, 22));

        _click(button("plan-add-action"));
        _setValue(_get(TextField.class, spec -> spec.withId("action-title")), "Typed dates: unreadable");
        DatePicker due = _get(DatePicker.class, spec -> spec.withId("action-due"));
        type(due, "下周二");
        _click(button("save-action"));
        assertThat(due.isInvalid()).isTrue();
        assertThat(due.getErrorMessage()).isEqualTo(due.getTranslation("date.unreadable"));
        assertThat(plan(accountId, year).actions()).extracting(ActionRow::title)
                .doesNotContain("Typed dates: unreadable");
    }

    private PlanDetails plan(long accountId, int year) {
        return plans.plan(accountId, year).orElseThrow();
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }
}
