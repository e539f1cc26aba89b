package com.headpin.security;

import java.util.EnumSet;
import java.util.Set;

import com.headpin.HeadpinTest;
import com.headpin.TestLogin;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.StaleDataException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@HeadpinTest
class UserAccountServiceIT {

    @Autowired
    UserAccountService users;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    AuthenticationManager authentication;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void onlyAdministratorsManageUsersEvenWhenCallingTheServiceDirectly() {
        loginAs("rep");
        assertThatThrownBy(() -> users.create(new NewUser("sneaky", "Sneaky", null, EnumSet.of(Role.ADMIN), null,
                "Sneaky2026x"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.page("", Pageable.unpaged())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.resetPassword(1, "Whatever2026")).isInstanceOf(AccessDeniedException.class);
        assertThat(users.exists("sneaky")).isFalse();
        logout();
        assertThatThrownBy(() -> users.activeUsers()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> users.exists("admin")).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void chineseNamesRoundTripExactly() {
        loginAs("admin");
        String name = "欧阳娜娜 𠮷野 🚀";
        UserSummary created = users.create(new NewUser("ouyang", name, "欧阳@例子.中国", EnumSet.of(Role.REP),
                "zh-CN", "Rocket2026pw"));
        UserSummary reloaded = users.find(created.id()).orElseThrow();
        assertThat(reloaded.fullName()).isEqualTo(name);
        assertThat(reloaded.email()).isEqualTo("欧阳@例子.中国");
        assertThat(users.page("欧阳", Pageable.unpaged()).getContent()).extracting(UserSummary::username)
                .containsExactly("ouyang");
    }

    @Test
    void invalidInputStoresNothing() {
        loginAs("admin");
        long before = users.page("", Pageable.unpaged()).getTotalElements();
        assertThatThrownBy(() -> users.create(new NewUser("ok.name", "x".repeat(10_000), null, Set.of(), "fr",
                "weak"))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                .containsEntry("fullName", "validation.too-long.100")
                .containsEntry("roles", "user.roles.required")
                .containsEntry("language", "validation.invalid-choice")
                .containsEntry("password", "password.too-weak"));
        assertThat(users.page("", Pageable.unpaged()).getTotalElements()).isEqualTo(before);
    }

    @Test
    void aStaleEditIsRefusedNotSilentlyApplied() {
        loginAs("admin");
        UserSummary user = users.create(new NewUser("stale.case", "Stale Case", null, EnumSet.of(Role.REP), null,
                "Stale2026pw"));
        users.update(new UserChanges(user.id(), user.version(), "Changed Once", null, user.roles(), true, null));
        assertThatThrownBy(() -> users.update(new UserChanges(user.id(), user.version(), "Changed Twice", null,
                user.roles(), true, null))).isInstanceOf(StaleDataException.class);
        assertThat(users.find(user.id()).orElseThrow().fullName()).isEqualTo("Changed Once");
    }

    @Test
    void anAdministratorCannotLockThemselvesOut() {
        loginAs("admin");
        UserSummary me = users.me();
        assertThatThrownBy(() -> users.update(new UserChanges(me.id(), me.version(), me.fullName(), me.email(),
                EnumSet.of(Role.REP), true, null))).isInstanceOf(InvalidInputException.class);
        assertThat(users.me().roles()).contains(Role.ADMIN);
    }

    @Test
    void passwordsAreLimitedToTheSeventyTwoBytesBcryptReadsWhereverOneIsSet() {
        loginAs("admin");
        // 25 Chinese characters and four digits: 79 bytes in UTF-8.
        String tooLong = "我的密码".repeat(6) + "长" + "2026";
        assertThatThrownBy(() -> users.create(new NewUser("long.pw", "龙飞", null, EnumSet.of(Role.REP), null,
                tooLong))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                .containsEntry("password", "password.too-long"));
        assertThat(users.exists("long.pw")).isFalse();

        // 23 Chinese characters and three digits: exactly 72 bytes, accepted and usable.
        String longest = "我的密码".repeat(5) + "我的密" + "202";
        UserSummary user = users.create(new NewUser("long.pw", "龙飞", null, EnumSet.of(Role.REP), null, longest));
        assertThat(authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("long.pw",
                longest)).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> users.resetPassword(user.id(), tooLong))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("password", "password.too-long"));

        loginAs("long.pw");
        assertThatThrownBy(() -> users.changeOwnPassword(longest, tooLong))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("newPassword", "password.too-long"));
        users.changeOwnPassword(longest, "Shorter2026");
    }

    private void loginAs(String username) {
        TestLogin.as(userDetails, username);
    }
}
