package com.headpin.security.ui;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.headpin.FormFuzzing;
import com.headpin.TestSessions;
import com.headpin.security.NewUser;
import com.headpin.security.Role;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.UserDetailsService;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Hostile input in the user dialog (new and edit), the password reset and the own password change. */
class UserFormsFuzzingIT extends FormFuzzing {

    private static final String PASSWORD = "Fuzz1234pass";

    @Autowired
    UserAccountService users;
    @Autowired
    UserDetailsService userDetails;

    private int serial;

    @Test
    void newUserDialog() {
        openAs("admin");
        Map<String, Function<UserSummary, @Nullable Object>> fields = new LinkedHashMap<>();
        fields.put("username", UserSummary::username);
        fields.put("full-name", UserSummary::fullName);
        fields.put("email", UserSummary::email);
        fields.put("city", UserSummary::city);
        fields.put("password", user -> null);
        fields.forEach((field, stored) -> TEXTS.forEach(input -> {
            String what = "new user, " + field + ": " + input;
            fresh("admin/users");
            _click(_get(Button.class, spec -> spec.withId("new-user")));
            String username = "fuzz" + ++serial;
            type("user-username", username);
            type("user-full-name", "Fuzz User");
            type("user-password", PASSWORD);
            @SuppressWarnings("unchecked")
            CheckboxGroup<Role> roles = _get(CheckboxGroup.class);
            _setValue(roles, Set.of(Role.REP));
            type("user-" + field, input.value());
            long before = count();
            Outcome outcome = attempt(what, "save-user");
            assertThat(count()).as(what).isEqualTo(outcome == Outcome.SAVED ? before + 1 : before);
            if (outcome == Outcome.SAVED && !field.equals("password")) {
                String name = field.equals("username") ? input.value().strip().toLowerCase(Locale.ROOT) : username;
                UserSummary created = users.page(name, Pageable.unpaged()).stream()
                        .filter(u -> u.username().equals(name)).findFirst().orElseThrow();
                Object value = stored.apply(created);
                assertThat(storedAsTyped(input.value(), value) || field.equals("username"))
                        .as(what + ": saved as " + abbreviate(value)).isTrue();
            }
        }));
    }

    @Test
    void userDialogAndPasswordReset() {
        openAs("admin");
        String username = newUser();
        Map<String, Function<UserSummary, @Nullable Object>> fields = new LinkedHashMap<>();
        fields.put("full-name", UserSummary::fullName);
        fields.put("email", UserSummary::email);
        fields.put("city", UserSummary::city);
        fields.forEach((field, stored) -> TEXTS.forEach(input -> {
            String what = "user, " + field + ": " + input;
            UserSummary before = UsersScreen.stored(users, userDetails, username);
            fresh("admin/users");
            UsersScreen.open(username);
            type("user-" + field, input.value());
            Outcome outcome = attempt(what, "save-user");
            assertStored(what, outcome, input.value(), stored.apply(UsersScreen.stored(users, userDetails, username)),
                    stored.apply(before));
        }));
        for (Input<String> input : TEXTS) {
            String what = "reset password: " + input;
            fresh("admin/users");
            UsersScreen.open(username);
            _click(_get(Button.class, spec -> spec.withId("reset-password")));
            type("reset-password-value", input.value());
            attempt(what, "save-reset-password");
        }
    }

    @Test
    void ownPasswordDialog() {
        String username = TestSessions.as(userDetails, "admin", this::newUser);
        openAs(username);
        String now = PASSWORD;
        for (Input<String> input : TEXTS) {
            String what = "own password, new: " + input;
            openChangePassword(now, input.value());
            if (attempt(what, "save-password") == Outcome.SAVED) {
                now = input.value();
            }
            what = "own password, current: " + input;
            String next = "Other" + ++serial + "pass";
            openChangePassword(input.value(), next);
            Outcome outcome = attempt(what, "save-password");
            assertThat(outcome).as(what).isEqualTo(input.value().equals(now) ? Outcome.SAVED : Outcome.REFUSED);
            if (outcome == Outcome.SAVED) {
                now = next;
            }
        }
    }

    private void openChangePassword(String current, String next) {
        fresh("");
        new ChangePasswordDialog(users).open();
        type("current-password", current);
        type("new-password", next);
        type("repeat-password", next);
    }

    private String newUser() {
        String username = "fuzzedit" + System.nanoTime() % 1_000_000_000;
        users.create(new NewUser(username, "Fuzz Edited", null, EnumSet.of(Role.REP), null, PASSWORD));
        return username;
    }

    private long count() {
        return users.page("", Pageable.unpaged()).getTotalElements();
    }
}
