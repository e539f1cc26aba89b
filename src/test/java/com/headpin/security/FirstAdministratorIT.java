package com.headpin.security;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.headpin.CapturedLog;
import com.headpin.KaribuTest;
import com.headpin.PrivateNode;
import com.headpin.shared.InvalidInputException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An installation without demo data and without users (a node of its own with a private in-memory H2): its first
 * administrator comes from the environment or from the set-up page with the token from the log, and only once.
 */
class FirstAdministratorIT {

    private static final Pattern TOKEN = Pattern.compile("set-up token .*: (\\S+)");
    /** 25 Chinese characters and four digits: 79 bytes in UTF-8, more than BCrypt reads. */
    private static final String TOO_LONG = "我的密码".repeat(6) + "长" + "2026";

    private static PrivateNode privateNode;
    private static ConfigurableApplicationContext node;

    @BeforeAll
    static void startWithoutUsers() {
        privateNode = PrivateNode.start("first-admin-it");
        node = privateNode.context();
    }

    @AfterAll
    static void stop() {
        if (privateNode != null) {
            privateNode.close();
        }
    }

    /** No users and no tokens, as on a new database. */
    @BeforeEach
    void empty() {
        node.getBean(TransactionTemplate.class).executeWithoutResult(tx -> {
            node.getBean(AppUserRepository.class).deleteAll();
            node.getBean(SetupTokenRepository.class).deleteAll();
        });
        anonymous();
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    @Test
    void withoutSettingsTheLogGivesATokenForTheSetUpPageThatWorksOnce() {
        String token;
        try (CapturedLog log = CapturedLog.attach(FirstAdministratorAtStart.class)) {
            node.getBean(FirstAdministratorAtStart.class).run(null);
            Matcher found = TOKEN.matcher(log.messages().getFirst());
            assertThat(found.find()).isTrue();
            token = found.group(1);
        }
        KaribuTest.openOn(node, Locale.ENGLISH);
        UI.getCurrent().navigate("login");
        assertThat(_get(Anchor.class, spec -> spec.withId("setup-link")).getHref()).isEqualTo("setup");

        UI.getCurrent().navigate("setup");
        fill("not-the-token", "chief", "王强", "Chosen2026x");
        create();
        assertThat(field("setup-token").getErrorMessage()).startsWith("This set-up token is not valid");
        fill(token, "chief", "王强", TOO_LONG);
        create();
        assertThat(field("setup-password").getErrorMessage()).startsWith("Too long: at most 72 bytes");
        assertThat(first().setupNeeded()).isTrue();

        fill(token, "chief", "王强", "Chosen2026x");
        create();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("login");
        _assertNone(Anchor.class, spec -> spec.withId("setup-link"));
        AppUser chief = node.getBean(AppUserRepository.class).findByUsername("chief").orElseThrow();
        assertThat(chief.getRoles()).containsExactly(Role.ADMIN);
        // The administrator chose this password here: nothing to change at first log-in.
        assertThat(chief.isMustChangePassword()).isFalse();
        assertThat(login("chief", "Chosen2026x")).isTrue();

        UI.getCurrent().navigate("setup");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("login");
        assertThatThrownBy(() -> first().setUp(new FirstAdminSetup(token, "second", "Second", "Second2026x", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("token", "setup.token.invalid"));
        assertThat(node.getBean(AppUserRepository.class).count()).isEqualTo(1);
    }

    @Test
    void fromTheEnvironmentTheFirstAdministratorMustChooseANewPasswordAndLaterStartsCreateNobody() {
        atStart(new FirstAdminProperties("chief", "Initial2026x", null));
        AppUser chief = node.getBean(AppUserRepository.class).findByUsername("chief").orElseThrow();
        assertThat(chief.getRoles()).containsExactly(Role.ADMIN);
        assertThat(chief.getFullName()).isEqualTo("Administrator");
        assertThat(chief.isMustChangePassword()).isTrue();
        assertThat(node.getBean(SetupTokenRepository.class).count()).isZero();
        assertThat(login("chief", "Initial2026x")).isTrue();

        atStart(new FirstAdminProperties("other", "Another2026x", null));
        atStart(new FirstAdminProperties(null, null, null));
        assertThat(node.getBean(AppUserRepository.class).count()).isEqualTo(1);
        assertThat(node.getBean(SetupTokenRepository.class).count()).isZero();
    }

    @Test
    void aWeakOrTooLongPasswordFromTheEnvironmentStopsTheStartWithAClearMessage() {
        assertThatThrownBy(() -> atStart(new FirstAdminProperties("chief", "chief", null)))
                .hasMessageContaining("HEADPIN_ADMIN_PASSWORD").hasMessageContaining("password.too-weak");
        assertThatThrownBy(() -> atStart(new FirstAdminProperties("chief", TOO_LONG, null)))
                .hasMessageContaining("password.too-long");
        assertThat(node.getBean(AppUserRepository.class).count()).isZero();
    }

    private static void atStart(FirstAdminProperties admin) {
        new FirstAdministratorAtStart(first(), admin).run(null);
    }

    private static FirstAdministrator first() {
        return node.getBean(FirstAdministrator.class);
    }

    private static boolean login(String username, String password) {
        return node.getBean(AuthenticationManager.class)
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password))
                .isAuthenticated();
    }

    /** A visitor who has not logged in, as Spring Security's filter leaves them. */
    private static void anonymous() {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymous",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
    }

    private static void fill(String token, String username, String fullName, String password) {
        field("setup-token").setValue(token);
        _get(TextField.class, spec -> spec.withId("setup-username")).setValue(username);
        _get(TextField.class, spec -> spec.withId("setup-full-name")).setValue(fullName);
        field("setup-password").setValue(password);
        field("setup-repeat-password").setValue(password);
    }

    private static void create() {
        _click(_get(Button.class, spec -> spec.withId("setup-create")));
    }

    private static PasswordField field(String id) {
        return _get(PasswordField.class, spec -> spec.withId(id));
    }
}
