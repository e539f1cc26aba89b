package com.headpin.stakeholders.ui;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.headpin.KaribuTest;
import com.headpin.accounts.ContactDetails;
import com.headpin.accounts.ContactInput;
import com.headpin.accounts.ContactService;
import com.headpin.deals.DealDetails;
import com.headpin.deals.TestDeals;
import com.headpin.shared.BusinessCalendar;
import com.headpin.shared.Dates;
import com.headpin.stakeholders.ContactLogInput;
import com.headpin.stakeholders.ContactLogKind;
import com.headpin.stakeholders.ContactLogRow;
import com.headpin.stakeholders.ContactLogService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The contact log on the deal page and the account page: logging a meeting, and another user's entry live. */
class ContactLogViewTest extends KaribuTest {

    @Autowired
    ContactService contacts;
    @Autowired
    ContactLogService log;
    @Autowired
    BusinessCalendar calendar;
    @Autowired
    ApplicationContext context;

    TestDeals test;

    @BeforeEach
    void fixtures() {
        test = TestDeals.of(context);
    }

    @Test
    void aMeetingWithTwoContactsLoggedOnTheDealShowsInItsLogAndOnTheAccount() {
        DealDetails deal = test.create("rep", "杭州联合银行", "Contact log: meeting", 300_000);
        ContactDetails chen = contact(deal.accountId(), "View Log 陈");
        ContactDetails lin = contact(deal.accountId(), "View Log 林");
        openAs("rep");
        navigate("deals/" + deal.id());
        selectTab("contact-log.tab");
        _get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("contact-log-empty"));

        _click(_get(Button.class, spec -> spec.withId("contact-log-add")));
        assertThat(_get(com.vaadin.flow.component.datepicker.DatePicker.class,
                spec -> spec.withId("contact-log-date")).getValue()).as("today").isEqualTo(calendar.today());
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<ContactLogRow.Person> ours = _get(MultiSelectComboBox.class,
                spec -> spec.withId("contact-log-our-people"));
        assertThat(ours.getValue()).extracting(ContactLogRow.Person::id).containsExactly(test.userId("rep"));
        _click(_get(Button.class, spec -> spec.withId("contact-log-save")));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<ContactLogRow.Person> met = _get(MultiSelectComboBox.class,
                spec -> spec.withId("contact-log-contacts"));
        assertThat(met.isInvalid()).as("a contact needs somebody we met").isTrue();

        @SuppressWarnings("unchecked")
        Select<ContactLogKind> kind = _get(Select.class, spec -> spec.withId("contact-log-kind"));
        _setValue(kind, ContactLogKind.MEETING);
        _setValue(met, Set.of(person(met, chen.id()), person(met, lin.id())));
        _setValue(_get(TextArea.class, spec -> spec.withId("contact-log-note")), "Agreed on the pilot scope");
        _click(_get(Button.class, spec -> spec.withId("contact-log-save")));
        _assertNone(ContactLogDialog.class);

        Grid<ContactLogRow> grid = logGrid();
        assertThat(_size(grid)).isEqualTo(1);
        ContactLogRow shown = _fetch(grid, 0, 1).getFirst();
        assertThat(shown.contacts()).extracting(ContactLogRow.Person::name)
                .containsExactly("View Log 林", "View Log 陈");
        assertThat(shown.kind()).isEqualTo(ContactLogKind.MEETING);
        String card = _getCellComponent(grid, 0, "entry").getElement().getTextRecursively();
        assertThat(card).contains(Dates.format(calendar.today(), UI.getCurrent().getLocale()))
                .contains("View Log 陈").contains("Agreed on the pilot scope")
                .contains(UI.getCurrent().getTranslation("contact-log.kind.meeting"));
        assertThat(test.as("rep", () -> contacts.find(chen.id())).orElseThrow().lastContactDate())
                .isEqualTo(calendar.today());

        navigate("accounts/" + deal.accountId());
        selectTab("contact-log.tab");
        Grid<ContactLogRow> onAccount = logGrid();
        List<ContactLogRow> rows = _fetch(onAccount, 0, 50);
        int index = rows.stream().map(ContactLogRow::id).toList().indexOf(shown.id());
        assertThat(index).as("the account's log has it").isNotNegative();
        assertThat(_getCellComponent(onAccount, index, "entry").getElement().getTextRecursively())
                .contains("Contact log: meeting").contains("Agreed on the pilot scope");
    }

    @Test
    void anEntryAnotherUserLogsAppearsLive() {
        DealDetails deal = test.create("rep", "宁波港口银行", "Contact log: live", 200_000);
        ContactDetails he = contact(deal.accountId(), "View Live 何");
        openAs("rep2");
        navigate("deals/" + deal.id());
        selectTab("contact-log.tab");
        _get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("contact-log-empty"));

        test.as("manager", () -> log.log(deal.accountId(), deal.id(), new ContactLogInput(0, calendar.today(),
                ContactLogKind.CALL, List.of(he.id()), List.of(test.userId("manager")), "Called about the budget")));

        await().atMost(Duration.ofSeconds(5)).pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(_size(logGrid())).isEqualTo(1);
        });
        assertThat(_fetch(logGrid(), 0, 1).getFirst().note()).isEqualTo("Called about the budget");
    }

    private ContactDetails contact(long accountId, String name) {
        return test.as("rep", () -> contacts.create(accountId, new ContactInput(0, name, "CFO", null, null, null,
                null, null, null, null)));
    }

    private static ContactLogRow.Person person(MultiSelectComboBox<ContactLogRow.Person> field, long id) {
        return field.getListDataView().getItems().filter(p -> p.id() == id).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Grid<ContactLogRow> logGrid() {
        return _get(Grid.class, spec -> spec.withId("contact-log"));
    }
}
