package com.headpin.security.ui;

import com.headpin.KaribuTest;
import com.headpin.TestSessions;
import com.headpin.collaboration.ui.ConflictDialog;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserChanges;
import com.headpin.security.UserSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Two administrators save the same user: the second one chooses per field; the database holds the choices. */
class UserDialogConflictTest extends KaribuTest {

    @Autowired
    UserAccountService users;
    @Autowired
    UserDetailsService userDetails;

    @Test
    void secondSaveShowsTheConflictDialogAndStoresTheChosenValues() {
        UserSummary original = UsersScreen.stored(users, userDetails, "consultant");
        openAs("admin");
        navigate("admin/users");
        UsersScreen.open("consultant");
        _get(TextField.class, spec -> spec.withId("user-full-name")).setValue("陈静（我的）");
        _get(EmailField.class, spec -> spec.withId("user-email")).setValue("mine@example.com");

        // Meanwhile the other administrator saves both fields first.
        TestSessions.as(userDetails, "admin2", () -> users.update(new UserChanges(original.id(), original.version(),
                "陈静（他们的）", "theirs@example.com", original.roles(), true, original.preferredLanguage())));

        _click(_get(Button.class, spec -> spec.withId("save-user")));
        _assertOne(ConflictDialog.class);
        radio("conflict-fullName").setValue("theirs");
        radio("conflict-email").setValue("mine");
        _click(_get(Button.class, spec -> spec.withId("conflict-save")));

        _assertNone(ConflictDialog.class);
        _assertNone(UserDialog.class);
        UserSummary saved = UsersScreen.stored(users, userDetails, "consultant");
        assertThat(saved.fullName()).isEqualTo("陈静（他们的）");
        assertThat(saved.email()).isEqualTo("mine@example.com");

        TestSessions.as(userDetails, "admin", () -> users.update(new UserChanges(saved.id(), saved.version(),
                original.fullName(), original.email(), original.roles(), true, original.preferredLanguage())));
    }

    @Test
    void changesToDifferentFieldsMergeWithoutAsking() {
        UserSummary original = UsersScreen.stored(users, userDetails, "rep");
        openAs("admin");
        navigate("admin/users");
        UsersScreen.open("rep");
        _get(EmailField.class, spec -> spec.withId("user-email")).setValue("zhang.min@example.com");

        TestSessions.as(userDetails, "admin2", () -> users.update(new UserChanges(original.id(), original.version(),
                "张敏敏", original.email(), original.roles(), true, original.preferredLanguage())));

        _click(_get(Button.class, spec -> spec.withId("save-user")));
        _assertNone(ConflictDialog.class);
        UserSummary saved = UsersScreen.stored(users, userDetails, "rep");
        assertThat(saved.fullName()).isEqualTo("张敏敏");
        assertThat(saved.email()).isEqualTo("zhang.min@example.com");

        TestSessions.as(userDetails, "admin", () -> users.update(new UserChanges(saved.id(), saved.version(),
                original.fullName(), original.email(), original.roles(), true, original.preferredLanguage())));
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<String> radio(String id) {
        return _get(RadioButtonGroup.class, spec -> spec.withId(id));
    }



}
