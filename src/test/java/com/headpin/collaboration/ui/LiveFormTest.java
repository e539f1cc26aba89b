package com.headpin.collaboration.ui;

import java.time.Duration;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.headpin.KaribuTest;
import com.headpin.TestSessions;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserChanges;
import com.headpin.security.UserSummary;
import com.headpin.security.ui.UsersScreen;
import com.vaadin.flow.component.BlurNotifier;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.FocusNotifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The shared live form, on the user form two administrators have open: another's save reaches untouched fields,
 * never a field this user is in or has changed (their value shows beside it), and a stale save asks, keeps the
 * typed input and stores on top of the newer version.
 */
class LiveFormTest extends KaribuTest {

    @Autowired
    UserAccountService users;
    @Autowired
    UserDetailsService userDetails;

    private UserSummary original;
    private TextField fullName;
    private EmailField email;

    @BeforeEach
    void openTheUserFormAsAdmin() {
        original = UsersScreen.stored(users, userDetails, "rep3");
        openAs("admin");
        navigate("admin/users");
        UsersScreen.open("rep3");
        fullName = _get(TextField.class, spec -> spec.withId("user-full-name"));
        email = _get(EmailField.class, spec -> spec.withId("user-email"));
    }

    @AfterEach
    void restore() {
        UserSummary now = UsersScreen.stored(users, userDetails, "rep3");
        TestSessions.as(userDetails, "admin", () -> users.update(new UserChanges(now.id(), now.version(),
                original.fullName(), original.email(), original.roles(), original.enabled(),
                original.preferredLanguage())));
    }

    @Test
    void anotherUsersSaveUpdatesAnUntouchedFieldAndTextFieldsReportTypingAsItHappens() {
        assertThat(fullName.getValueChangeMode()).isEqualTo(ValueChangeMode.LAZY);
        otherAdministratorSaves("Emma Clarke-Li", "theirs@example.com");

        awaitFullName("Emma Clarke-Li");
        assertThat(email.getValue()).isEqualTo("theirs@example.com");
        assertThat(email.getElement().hasAttribute("data-conflict")).isFalse();
    }

    @Test
    void aFocusedFieldKeepsItsValueShowsTheirsBesideItAndTakesItWhenLeftUnchanged() {
        String before = email.getValue();
        ComponentUtil.fireEvent(email, new FocusNotifier.FocusEvent<>(email, true));
        otherAdministratorSaves("Emma Clarke-Li", "theirs@example.com");

        awaitFullName("Emma Clarke-Li");
        assertThat(email.getValue()).isEqualTo(before);
        assertThat(email.getElement().hasAttribute("data-conflict")).isTrue();
        assertThat(besideText(email)).contains("钱进", "theirs@example.com");

        ComponentUtil.fireEvent(email, new BlurNotifier.BlurEvent<>(email, true));
        assertThat(email.getValue()).isEqualTo("theirs@example.com");
        assertThat(email.getElement().hasAttribute("data-conflict")).isFalse();
        assertThat(email.getHelperComponent()).isNull();
    }

    @Test
    void aChangedFieldKeepsTheEditShowsTheirsBesideItAndTheUserMayTakeTheirs() {
        email.setValue("mine@example.com");
        otherAdministratorSaves("Emma Clarke-Li", "theirs@example.com");

        awaitFullName("Emma Clarke-Li");
        assertThat(email.getValue()).isEqualTo("mine@example.com");
        assertThat(email.getElement().hasAttribute("data-conflict")).isTrue();
        assertThat(besideText(email)).contains("钱进", "theirs@example.com");
        // Leaving the changed field keeps the edit.
        ComponentUtil.fireEvent(email, new BlurNotifier.BlurEvent<>(email, true));
        assertThat(email.getValue()).isEqualTo("mine@example.com");

        _click(_get(email.getHelperComponent(), Button.class));
        assertThat(email.getValue()).isEqualTo("theirs@example.com");
        assertThat(email.getElement().hasAttribute("data-conflict")).isFalse();
    }

    @Test
    void aStaleSaveOpensTheConflictDialogKeepsTheTypedInputAndSavesOnTopOfTheNewerVersion() {
        fullName.setValue("陈静（我的）");
        // The other administrator saves first; this form has not heard of it yet.
        UserSummary theirs = otherAdministratorSaves("陈静（他们的）", "theirs@example.com");

        _click(_get(Button.class, spec -> spec.withId("save-user")));
        _assertOne(ConflictDialog.class);
        assertThat(fullName.getValue()).isEqualTo("陈静（我的）");
        assertThat(email.getValue()).isEqualTo("theirs@example.com");

        // Cancelling changes nothing: the input stays and the next save asks again.
        _get(ConflictDialog.class).close();
        assertThat(fullName.getValue()).isEqualTo("陈静（我的）");
        _click(_get(Button.class, spec -> spec.withId("save-user")));
        _click(_get(Button.class, spec -> spec.withId("conflict-save")));

        _assertNone(ConflictDialog.class);
        UserSummary saved = UsersScreen.stored(users, userDetails, "rep3");
        assertThat(saved.fullName()).isEqualTo("陈静（我的）");
        assertThat(saved.email()).isEqualTo("theirs@example.com");
        assertThat(saved.version()).isEqualTo(theirs.version() + 1);
    }

    private UserSummary otherAdministratorSaves(String name, String mail) {
        return TestSessions.as(userDetails, "admin2", () -> users.update(new UserChanges(original.id(),
                original.version(), name, mail, original.roles(), original.enabled(),
                original.preferredLanguage())));
    }

    /** Waits for the other administrator's save to reach this form (the live delivery runs in UI.access). */
    private void awaitFullName(String expected) {
        await().atMost(Duration.ofSeconds(5)).pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(fullName.getValue()).isEqualTo(expected);
        });
    }

    private static String besideText(EmailField field) {
        return field.getHelperComponent().getElement().getTextRecursively();
    }
}
