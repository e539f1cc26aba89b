package com.headpin.accounts.ui;

import java.time.Duration;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.headpin.KaribuTest;
import com.headpin.TestSessions;
import com.headpin.accounts.AccountFilter;
import com.headpin.accounts.AccountService;
import com.headpin.accounts.ContactDetails;
import com.headpin.accounts.ContactInput;
import com.headpin.accounts.ContactService;
import com.headpin.collaboration.ui.ConflictDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.UserDetailsService;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A contact edited by two people: the other's save arrives live, and a stale save never loses what was typed. */
class ContactDialogTest extends KaribuTest {

    @Autowired
    AccountService accounts;
    @Autowired
    ContactService contacts;
    @Autowired
    UserDetailsService userDetails;

    private ContactDetails original;
    private TextField title;

    @BeforeEach
    void openTheFirstContactAsTheRep() {
        long accountId = TestSessions.as(userDetails, "rep3", () -> accounts.page(new AccountFilter("华北电网", null,
                null, null, null, null, true), Pageable.unpaged()).getContent().getFirst().id());
        openAs("rep3");
        navigate("accounts/" + accountId);
        _get(TabSheet.class).setSelectedIndex(1);
        @SuppressWarnings("unchecked")
        TreeGrid<ContactDetails> chart = _get(TreeGrid.class, spec -> spec.withId("contacts-chart"));
        _clickItem(chart, 0);
        String name = _get(TextField.class, spec -> spec.withId("contact-name")).getValue();
        original = contacts.list(accountId).stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
        title = _get(TextField.class, spec -> spec.withId("contact-title"));
    }

    @AfterEach
    void restore() {
        ContactDetails now = contacts.find(original.id()).orElseThrow();
        contacts.update(original.id(), new ContactInput(now.version(), original.name(), original.title(),
                original.department(), original.reportsToId(), original.phone(), original.email(), original.notes(),
                original.lastContactDate(), original.lastContactBy()));
    }

    @Test
    void aStaleSaveAsksAndKeepsTheTypedInputThenStoresItOnTopOfTheOtherSave() {
        title.setValue("副总经理 Deputy GM");
        ContactDetails theirs = directorSaves("总裁 President", "+86 10 8888 0000");

        _click(_get(Button.class, spec -> spec.withId("save-contact")));
        _assertOne(ConflictDialog.class);
        _assertOne(ContactDialog.class);
        assertThat(title.getValue()).isEqualTo("副总经理 Deputy GM");
        assertThat(_get(TextField.class, spec -> spec.withId("contact-phone")).getValue())
                .isEqualTo("+86 10 8888 0000");
        _click(_get(Button.class, spec -> spec.withId("conflict-save")));

        _assertNone(ContactDialog.class);
        ContactDetails saved = contacts.find(original.id()).orElseThrow();
        assertThat(saved.title()).isEqualTo("副总经理 Deputy GM");
        assertThat(saved.phone()).isEqualTo("+86 10 8888 0000");
        assertThat(saved.version()).isEqualTo(theirs.version() + 1);
    }

    @Test
    void anotherUsersSaveReachesTheOpenDialogButNotTheFieldBeingEdited() {
        title.setValue("副总经理 Deputy GM");
        directorSaves("总裁 President", "+86 10 8888 0000");

        TextField phone = _get(TextField.class, spec -> spec.withId("contact-phone"));
        await().atMost(Duration.ofSeconds(5)).pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(phone.getValue()).isEqualTo("+86 10 8888 0000");
        });
        assertThat(title.getValue()).isEqualTo("副总经理 Deputy GM");
        assertThat(title.getHelperComponent().getElement().getTextRecursively()).contains("总裁 President");
    }

    private ContactDetails directorSaves(String newTitle, String phone) {
        return TestSessions.as(userDetails, "north.director", () -> contacts.update(original.id(),
                new ContactInput(original.version(), original.name(), newTitle, original.department(),
                        original.reportsToId(), phone, original.email(), original.notes(),
                        original.lastContactDate(), original.lastContactBy())));
    }
}
