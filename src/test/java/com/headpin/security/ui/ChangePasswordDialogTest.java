package com.headpin.security.ui;

import java.util.EnumSet;

import com.headpin.KaribuTest;
import com.headpin.security.NewUser;
import com.headpin.security.Role;
import com.headpin.security.SystemAuthentication;
import com.headpin.security.UserAccountService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.ContextMenuKt._clickItemWithID;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ChangePasswordDialogTest extends KaribuTest {

    @Autowired
    AuthenticationManager authenticationManager;
    @Autowired
    UserAccountService users;

    @Test
    void currentPasswordIsRequiredAndTheNewOneMustBeStrong() {
        openChangePasswordAs("pw.changer", "孙丽");

        password("current-password").setValue("wrong");
        password("new-password").setValue("weak");
        password("repeat-password").setValue("weak");
        _click(_get(Button.class, spec -> spec.withId("save-password")));
        assertThat(password("current-password").getErrorMessage()).isEqualTo("当前密码不正确");
        assertThat(password("new-password").getErrorMessage()).startsWith("密码强度不足");

        password("current-password").setValue("First2026pw");
        password("new-password").setValue("Stronger2026");
        password("repeat-password").setValue("Stronger2027");
        _click(_get(Button.class, spec -> spec.withId("save-password")));
        assertThat(password("repeat-password").getErrorMessage()).isEqualTo("两次输入的新密码不一致");

        password("repeat-password").setValue("Stronger2026");
        _click(_get(Button.class, spec -> spec.withId("save-password")));
        _assertNone(ChangePasswordDialog.class);
        assertThat(authenticationManager.authenticate(UsernamePasswordAuthenticationToken
                .unauthenticated("pw.changer", "Stronger2026")).isAuthenticated()).isTrue();
    }

    @Test
    void aPasswordLongerThanBcryptReadsGetsAClearMessageAtTheField() {
        openChangePasswordAs("pw.long", "龙飞");

        // 25 Chinese characters and four digits: 79 bytes in UTF-8, more than the 72 BCrypt reads.
        String tooLong = "我的密码".repeat(6) + "长" + "2026";
        password("current-password").setValue("First2026pw");
        password("new-password").setValue(tooLong);
        password("repeat-password").setValue(tooLong);
        _click(_get(Button.class, spec -> spec.withId("save-password")));
        assertThat(password("new-password").getErrorMessage())
                .isEqualTo("密码过长：最多 72 字节，即 72 个英文字母、数字和符号，或 24 个汉字");
        assertThat(authenticationManager.authenticate(UsernamePasswordAuthenticationToken
                .unauthenticated("pw.long", "First2026pw")).isAuthenticated()).isTrue();
    }

    /** A new Chinese-speaking user with the password First2026pw opens the dialog from the user menu. */
    private void openChangePasswordAs(String username, String fullName) {
        SystemAuthentication.runAsAdmin(() -> users.create(new NewUser(username, fullName, null,
                EnumSet.of(Role.REP), "zh-CN", "First2026pw")));
        openAs(username);
        navigate("");
        _clickItemWithID(_get(MenuBar.class, spec -> spec.withId("user-menu")), "menu-change-password");
    }

    private PasswordField password(String id) {
        return _get(PasswordField.class, spec -> spec.withId(id));
    }
}
