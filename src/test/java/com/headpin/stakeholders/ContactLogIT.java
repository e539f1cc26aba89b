package com.headpin.stakeholders;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import com.headpin.HeadpinTest;
import com.headpin.accounts.ContactDetails;
import com.headpin.accounts.ContactInput;
import com.headpin.accounts.ContactService;
import com.headpin.deals.DealDetails;
import com.headpin.deals.DealRole;
import com.headpin.deals.TestDeals;
import com.headpin.shared.BusinessCalendar;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.StaleDataException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contact log through its service: last contact forward only, who reads and logs, and deleted contacts. */
@HeadpinTest
class ContactLogIT {

    @Autowired
    ContactLogService log;
    @Autowired
    ContactService contacts;
    @Autowired
    BusinessCalendar calendar;
    @Autowired
    ApplicationContext context;

    TestDeals test;
    LocalDate today;

    @BeforeEach
    void fixtures() {
        test = TestDeals.of(context);
        today = calendar.today();
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void loggingMovesTheLastContactForwardOnlyAndLeavesTheContactsVersionAlone() {
        DealDetails deal = test.create("rep", "杭州联合银行", "Contact log: forward", 300_000);
        ContactDetails wang = contact("rep", deal.accountId(), "Log Forward 王");
        ContactDetails li = contact("rep", deal.accountId(), "Log Forward 李");
        long rep = test.userId("rep");
        long manager = test.userId("manager");

        ContactLogRow first = test.as("rep", () -> log.log(deal.accountId(), deal.id(),
                input(today.minusDays(10), List.of(wang.id(), li.id()), List.of(rep, manager))));
        assertThat(first.ourPeople()).extracting(ContactLogRow.Person::id).containsExactly(rep, manager);
        assertLastContact(wang, today.minusDays(10), rep);
        assertLastContact(li, today.minusDays(10), rep);

        ContactLogRow older = test.as("manager", () -> log.log(deal.accountId(), deal.id(),
                input(today.minusDays(20), List.of(wang.id()), List.of(manager))));
        assertLastContact(wang, today.minusDays(10), rep);

        ContactLogRow newer = test.as("manager", () -> log.log(deal.accountId(), null,
                input(today.minusDays(2), List.of(wang.id()), List.of(manager))));
        assertLastContact(wang, today.minusDays(2), manager);
        assertThat(test.as("rep", () -> log.forDeal(deal.id()))).extracting(ContactLogRow::id)
                .as("the deal's entries, newest first").containsExactly(first.id(), older.id());
        List<Long> mine = List.of(first.id(), older.id(), newer.id());
        assertThat(test.as("rep", () -> log.forAccount(deal.accountId(), PageRequest.of(0, 200))).getContent())
                .extracting(ContactLogRow::id).filteredOn(mine::contains).as("the account's, its deals' too")
                .containsExactly(newer.id(), first.id(), older.id());

        // Neither a delete nor an edit rolls the last contact back; an edit to a later day moves it forward.
        test.as("manager", () -> {
            log.delete(newer.id(), newer.version());
            return null;
        });
        assertLastContact(wang, today.minusDays(2), manager);
        ContactLogRow moved = test.as("rep", () -> log.update(first.id(),
                ContactLogInput.from(first).withDate(today.minusDays(1))));
        assertLastContact(wang, today.minusDays(1), rep);
        assertLastContact(li, today.minusDays(1), rep);
        test.as("rep", () -> log.update(moved.id(), ContactLogInput.from(moved).withDate(today.minusDays(40))));
        assertLastContact(wang, today.minusDays(1), rep);
        assertThatThrownBy(() -> test.as("rep", () -> log.update(first.id(), ContactLogInput.from(first))))
                .isInstanceOf(StaleDataException.class);

        ContactDetails reloaded = test.as("rep", () -> contacts.find(wang.id())).orElseThrow();
        assertThat(reloaded.version()).as("open contact forms stay current").isEqualTo(wang.version());
    }

    @Test
    void badInputIsRefusedAtItsFieldAndNothingIsStored() {
        DealDetails deal = test.create("rep", "宁波港口银行", "Contact log: input", 200_000);
        ContactDetails zhao = contact("rep", deal.accountId(), "Log Input 赵");
        ContactDetails elsewhere = contact("rep", test.accountId("杭州联合银行"), "Log Input 钱");
        long rep = test.userId("rep");
        refused(() -> log.log(deal.accountId(), deal.id(), input(today.plusDays(1), List.of(zhao.id()),
                List.of(rep))), "date", "contact-log.date.future");
        refused(() -> log.log(deal.accountId(), deal.id(), input(today, List.of(), List.of(rep))), "contacts",
                "contact-log.contacts.required");
        refused(() -> log.log(deal.accountId(), deal.id(), input(today, List.of(elsewhere.id()), List.of(rep))),
                "contacts", "validation.invalid-choice");
        refused(() -> log.log(deal.accountId(), deal.id(), input(today, List.of(zhao.id()), List.of())),
                "ourPeople", "contact-log.our-people.required");
        refused(() -> log.log(deal.accountId(), deal.id(), input(today, List.of(zhao.id()), List.of(-5L))),
                "ourPeople", "validation.invalid-choice");
        refused(() -> log.log(deal.accountId(), deal.id(), new ContactLogInput(0, today, ContactLogKind.CALL,
                List.of(zhao.id()), List.of(rep), "x".repeat(2001))), "note", "validation.too-long.2000");
        assertThat(test.as("rep", () -> log.forDeal(deal.id()))).isEmpty();
        assertThat(test.as("rep", () -> contacts.find(zhao.id())).orElseThrow().lastContactDate()).isNull();
    }

    @Test
    void anOutsideRepNeitherReadsNorLogsAndAConsultantOnTheDealTeamReadsOnly() {
        DealDetails deal = test.create("rep", "杭州联合银行", "Contact log: access", 400_000);
        ContactDetails sun = contact("rep", deal.accountId(), "Log Access 孙");
        long rep = test.userId("rep");
        test.as("rep", () -> log.log(deal.accountId(), deal.id(), input(today, List.of(sun.id()), List.of(rep))));

        assertThatThrownBy(() -> test.as("rep3", () -> log.forDeal(deal.id())))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> test.as("rep3", () -> log.forAccount(deal.accountId(), PageRequest.of(0, 5))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> test.as("rep3", () -> log.log(deal.accountId(), deal.id(),
                input(today, List.of(sun.id()), List.of(test.userId("rep3")))))).isInstanceOf(
                InvalidInputException.class);

        test.addToTeam("rep", deal.id(), "consultant", DealRole.CONSULTANT);
        List<ContactLogRow> read = test.as("consultant", () -> log.forDeal(deal.id()));
        assertThat(read).singleElement().satisfies(row -> {
            assertThat(row.contacts()).extracting(ContactLogRow.Person::name).containsExactly("Log Access 孙");
            assertThat(row.mayChange()).isFalse();
        });
        assertThat(test.as("consultant", () -> log.choices(deal.accountId(), deal.id())).mayLog()).isFalse();
        assertThatThrownBy(() -> test.as("consultant", () -> log.log(deal.accountId(), deal.id(),
                input(today, List.of(sun.id()), List.of(test.userId("consultant"))))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> test.as("consultant", () -> {
            log.delete(read.getFirst().id(), read.getFirst().version());
            return null;
        })).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void deletingAContactTakesItOutOfTheEntriesAndAnEntryLeftWithNobodyGoes() {
        DealDetails deal = test.create("rep", "杭州联合银行", "Contact log: delete", 500_000);
        ContactDetails zhou = contact("rep", deal.accountId(), "Log Delete 周");
        ContactDetails wu = contact("rep", deal.accountId(), "Log Delete 吴");
        long rep = test.userId("rep");
        ContactLogRow both = test.as("rep", () -> log.log(deal.accountId(), deal.id(),
                input(today.minusDays(3), List.of(zhou.id(), wu.id()), List.of(rep))));
        test.as("rep", () -> log.log(deal.accountId(), deal.id(), input(today.minusDays(1), List.of(wu.id()),
                List.of(rep))));
        assertThat(test.as("rep", () -> contacts.links(wu.id()))).singleElement()
                .satisfies(link -> assertThat(link.arguments()).containsExactly("2"));

        test.as("rep", () -> {
            ContactDetails current = contacts.find(wu.id()).orElseThrow();
            contacts.delete(current.id(), current.version());
            return null;
        });
        assertThat(test.as("rep", () -> log.forDeal(deal.id()))).singleElement().satisfies(row -> {
            assertThat(row.id()).isEqualTo(both.id());
            assertThat(row.contacts()).extracting(ContactLogRow.Person::id).containsExactly(zhou.id());
        });
        assertThat(test.as("rep", () -> contacts.links(zhou.id()))).hasSize(1);
    }

    private ContactDetails contact(String username, long accountId, String name) {
        return test.as(username, () -> contacts.create(accountId, new ContactInput(0, name, "CIO", null, null, null,
                null, null, null, null)));
    }

    private void assertLastContact(ContactDetails contact, LocalDate date, long byUserId) {
        ContactDetails now = test.as("admin", () -> contacts.find(contact.id())).orElseThrow();
        assertThat(now.lastContactDate()).as(contact.name() + "'s last contact").isEqualTo(date);
        assertThat(now.lastContactBy()).as(contact.name() + "'s last contact by").isEqualTo(byUserId);
    }

    private static ContactLogInput input(LocalDate date, List<Long> contactIds, List<Long> ours) {
        return new ContactLogInput(0, date, ContactLogKind.MEETING, contactIds, ours, "会谈 Talked");
    }

    private void refused(Supplier<?> work, String field, String key) {
        assertThatThrownBy(() -> test.as("rep", work)).isInstanceOfSatisfying(InvalidInputException.class,
                invalid -> assertThat(invalid.fieldErrors()).containsEntry(field, key));
    }
}
