package com.headpin.security;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.headpin.HeadpinTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Nothing about a refused log-in tells whether the username exists: an unknown user, a wrong password, a throttled
 * try and a disabled account end alike, each after one password check.
 */
@HeadpinTest
class PasswordLoginIT {

    private static final String PASSWORD = "Correct2026";

    @Autowired
    AuthenticationManager authentication;
    @Autowired
    UserAccountService users;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    LoginThrottle throttle;

    private String active;
    private String disabled;
    private String throttled;
    private String address;

    @BeforeEach
    void createUsers() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        active = "active-" + suffix;
        disabled = "disabled-" + suffix;
        throttled = "throttled-" + suffix;
        address = LoginThrottleIT.randomAddress();
        SystemAuthentication.runAsAdmin(() -> {
            for (String name : new String[] {active, disabled, throttled}) {
                users.create(new NewUser(name, "用户 " + name, null, EnumSet.of(Role.REP), null, PASSWORD));
            }
            UserSummary off = users.page(disabled, org.springframework.data.domain.Pageable.unpaged()).getContent()
                    .getFirst();
            users.update(new UserChanges(off.id(), off.version(), off.fullName(), null, off.roles(), false, null));
        });
        for (int i = 0; i < 5; i++) {
            catchThrowableOfType(AuthenticationException.class, () -> login(authentication, throttled, "wrong"));
        }
    }

    @Test
    void unknownUserWrongPasswordThrottledAndDisabledAreRefusedAlike() {
        Map<String, AuthenticationException> refusals = new LinkedHashMap<>();
        refusals.put("unknown user", refusal(() -> login(authentication, "nobody-" + active, PASSWORD)));
        refusals.put("wrong password", refusal(() -> login(authentication, active, "Wrong2026")));
        refusals.put("throttled, right password", refusal(() -> login(authentication, throttled, PASSWORD)));
        refusals.put("disabled, right password", refusal(() -> login(authentication, disabled, PASSWORD)));

        AuthenticationException first = refusals.get("unknown user");
        assertThat(refusals.values()).allSatisfy(refusal -> {
            assertThat(refusal).hasSameClassAs(first);
            assertThat(refusal.getMessage()).isEqualTo(first.getMessage());
        });
        assertThat(login(authentication, active, PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void everyRefusalChecksOnePasswordAsAWrongPasswordDoes() {
        AtomicInteger checks = new AtomicInteger();
        PasswordEncoder counting = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return passwordEncoder.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                checks.incrementAndGet();
                return passwordEncoder.matches(raw, encoded);
            }
        };
        PasswordLogin login = new PasswordLogin(userDetails, counting, throttle);

        Map<String, Runnable> attempts = new LinkedHashMap<>();
        attempts.put("wrong password", () -> refusal(() -> login(login, active, "Wrong2026")));
        attempts.put("unknown user", () -> refusal(() -> login(login, "nobody-" + active, PASSWORD)));
        attempts.put("throttled", () -> refusal(() -> login(login, throttled, PASSWORD)));
        attempts.put("disabled", () -> refusal(() -> login(login, disabled, PASSWORD)));
        attempts.forEach((name, attempt) -> {
            checks.set(0);
            attempt.run();
            assertThat(checks.get()).as(name).isEqualTo(1);
        });
    }

    private static AuthenticationException refusal(Supplier<Authentication> attempt) {
        AuthenticationException refused = catchThrowableOfType(AuthenticationException.class, attempt::get);
        assertThat(refused).isNotNull();
        return refused;
    }

    private Authentication login(org.springframework.security.authentication.AuthenticationProvider provider,
                                 String name, String password) {
        return provider.authenticate(token(name, password));
    }

    private Authentication login(AuthenticationManager manager, String name, String password) {
        return manager.authenticate(token(name, password));
    }

    private UsernamePasswordAuthenticationToken token(String name, String password) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(name,
                password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return token;
    }
}
