package com.headpin.security.ui;

import java.util.List;
import java.util.Set;

import com.headpin.KaribuTest;
import com.headpin.security.Role;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class UsersViewTest extends KaribuTest {

    @Autowired
    UserAccountService users;
    @Autowired
    AuthenticationManager authenticationManager;

    @BeforeEach
    void openUsersAsAdmin() {
        openAs("admin");
        navigate("admin/users");
        _assertOne(UsersView.class);
    }

    @Test
    void adminCreatesAUserWhoCanThenLogIn() {
        _click(_get(Button.class, spec -> spec.withId("new-user")));
        fill("sales.wu", "吴芳", "wu@example.com", "Welcome2026");
        _get(CheckboxGroup.class, spec -> spec.withId("user-roles")).setValue(Set.of(Role.REP));
        _click(_get(Button.class, spec -> spec.withId("save-user")));

        _assertNone(UserDialog.class);
        List<UserSummary> shown = UsersScreen.rows();
        assertThat(shown).extracting(UserSummary::username).contains("sales.wu");

        Authentication login = authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("sales.wu", "Welcome2026"));
        assertThat(login.isAuthenticated()).isTrue();
        assertThat(login.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_REP").doesNotContain("ROLE_ADMIN", "ROLE_DIRECTOR");
    }

    @Test
    void emptyFormShowsMessagesAtTheFieldsAndSavesNothing() {
        long before = userCount();
        _click(_get(Button.class, spec -> spec.withId("new-user")));
        _click(_get(Button.class, spec -> spec.withId("save-user")));

        assertThat(field("user-username").isInvalid()).isTrue();
        assertThat(field("user-username").getErrorMessage()).isEqualTo("Required");
        assertThat(field("user-full-name").getErrorMessage()).isEqualTo("Required");
        assertThat(_get(CheckboxGroup.class, spec -> spec.withId("user-roles")).getErrorMessage())
                .isEqualTo("Choose at least one role");
        assertThat(_get(PasswordField.class, spec -> spec.withId("user-password")).getErrorMessage())
                .isEqualTo("Required");
        _assertOne(UserDialog.class);
        assertThat(userCount()).isEqualTo(before);
    }

    @Test
    void duplicateUsernameIsRefusedAtTheField() {
        long before = userCount();
        _click(_get(Button.class, spec -> spec.withId("new-user")));
        fill("rep", "Another Rep", "", "Welcome2026");
        _get(CheckboxGroup.class, spec -> spec.withId("user-roles")).setValue(Set.of(Role.REP));
        _click(_get(Button.class, spec -> spec.withId("save-user")));

        assertThat(field("user-username").getErrorMessage()).isEqualTo("This username is already taken");
        assertThat(userCount()).isEqualTo(before);
    }

    @Test
    void hugeNameAndMarkupAreRefusedWithoutException() {
        long before = userCount();
        _click(_get(Button.class, spec -> spec.withId("new-user")));
        fill("<script>", "x".repeat(10_000), "not-an-email", "short");
        _click(_get(Button.class, spec -> spec.withId("save-user")));

        assertThat(field("user-username").getErrorMessage()).startsWith("Use 2–50 lowercase letters");
        assertThat(field("user-full-name").getErrorMessage()).isEqualTo("At most 100 characters");
        assertThat(_get(EmailField.class, spec -> spec.withId("user-email")).getErrorMessage())
                .startsWith("Enter an e-mail address");
        assertThat(_get(PasswordField.class, spec -> spec.withId("user-password")).getErrorMessage())
                .startsWith("Too weak");

        field("user-username").setValue("scripted");
        field("user-full-name").setValue("<script>alert(1)</script>");
        _click(_get(Button.class, spec -> spec.withId("save-user")));
        assertThat(field("user-full-name").getErrorMessage()).isEqualTo("The characters < and > are not allowed here");
        assertThat(userCount()).isEqualTo(before);
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsRefusedAtTheFieldInTheUserFormAndTheReset() {
        // 25 Chinese characters and four digits: 79 bytes in UTF-8, more than the 72 BCrypt reads.
        String tooLong = "我的密码".repeat(6) + "长" + "2026";
        long before = userCount();
        _click(_get(Button.class, spec -> spec.withId("new-user")));
        fill("long.pw", "龙飞", "", tooLong);
        _get(CheckboxGroup.class, spec -> spec.withId("user-roles")).setValue(Set.of(Role.REP));
        _click(_get(Button.class, spec -> spec.withId("save-user")));
        assertThat(_get(PasswordField.class, spec -> spec.withId("user-password")).getErrorMessage())
                .isEqualTo("Too long: at most 72 bytes, that is 72 Latin letters, digits and signs, "
                        + "or 24 Chinese characters");
        assertThat(userCount()).isEqualTo(before);
        _click(_get(Button.class, spec -> spec.withText("Cancel")));

        UsersScreen.open("rep2");
        _click(_get(Button.class, spec -> spec.withId("reset-password")));
        _get(PasswordField.class, spec -> spec.withId("reset-password-value")).setValue(tooLong);
        _click(_get(Button.class, spec -> spec.withId("save-reset-password")));
        assertThat(_get(PasswordField.class, spec -> spec.withId("reset-password-value")).getErrorMessage())
                .startsWith("Too long: at most 72 bytes");
    }

    @Test
    void adminDisablesAUserAndTheListShowsIt() {
        UserSummary target = users.page("rep2", Pageable.unpaged()).getContent().getFirst();
        users.find(target.id()).orElseThrow();
                UsersScreen.open("rep2");
        _get(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withId("user-enabled")).setValue(false);
        _click(_get(Button.class, spec -> spec.withId("save-user")));
        assertThat(users.find(target.id()).orElseThrow().enabled()).isFalse();

        UsersScreen.open("rep2");
        _get(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withId("user-enabled")).setValue(true);
        _click(_get(Button.class, spec -> spec.withId("save-user")));
        assertThat(users.find(target.id()).orElseThrow().enabled()).isTrue();
    }

    private void fill(String username, String fullName, String email, String password) {
        field("user-username").setValue(username);
        field("user-full-name").setValue(fullName);
        _get(EmailField.class, spec -> spec.withId("user-email")).setValue(email);
        _get(PasswordField.class, spec -> spec.withId("user-password")).setValue(password);
    }

    private TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }



    private long userCount() {
        return users.page("", Pageable.unpaged()).getTotalElements();
    }
}
