package com.headpin.security;

import java.util.EnumSet;
import java.util.UUID;

import com.headpin.KaribuTest;
import com.headpin.security.ui.ChangePasswordDialog;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** A first administrator from the environment reaches nothing in the app before choosing their own password. */
class MustChangePasswordTest extends KaribuTest {

    @Autowired
    UserAccountService users;

    @Test
    void theFirstLogInLeadsOnlyToChoosingANewPasswordThenTheAppOpens() {
        String username = "chief-" + UUID.randomUUID().toString().substring(0, 8);
        SystemAuthentication.runAsAdmin(() -> users.createFirstAdministrator(new NewUser(username, "王强", null,
                EnumSet.of(Role.ADMIN), "en", "Initial2026x"), true));
        openAs(username);

        navigate("");
        assertThat(location()).isEqualTo("change-password");
        _assertOne(ChangePasswordDialog.class);
        navigate("admin/users");
        assertThat(location()).isEqualTo("change-password");

        password("current-password").setValue("Initial2026x");
        password("new-password").setValue("Chosen2026x");
        password("repeat-password").setValue("Chosen2026x");
        _click(_get(Button.class, spec -> spec.withId("save-password")));

        _assertNone(ChangePasswordDialog.class);
        assertThat(location()).isEmpty();
        assertThat(users.mustChangeOwnPassword()).isFalse();
        navigate("admin/users");
        assertThat(location()).isEqualTo("admin/users");
    }

    @Test
    void demoUsersAndUsersAnAdministratorCreatedGoStraightIn() {
        openAs("rep");
        navigate("accounts");
        assertThat(location()).isEqualTo("accounts");
        _assertNone(ChangePasswordDialog.class);
    }

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    private static PasswordField password(String id) {
        return _get(PasswordField.class, spec -> spec.withId(id));
    }
}
