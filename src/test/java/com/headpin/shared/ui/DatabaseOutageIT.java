package com.headpin.shared.ui;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.headpin.HeadpinApplication;
import com.headpin.KaribuTest;
import com.headpin.PrivateMariaDb;
import com.headpin.TestLogin;
import com.headpin.accounts.AccountFilter;
import com.headpin.accounts.AccountService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

/**
 * A node whose database goes away and comes back (issue 9), on a private MariaDB the test stops and starts: a
 * failing save says the database cannot be reached and leaves the form open with what was typed; opening a view
 * shows the friendly page instead of a stack trace; once the database is back the same save and the same page work,
 * without restarting the node.
 */
class DatabaseOutageIT {

    private static final String TYPED = "Typed while the database was away — 数据库断开时输入";

    private static PrivateMariaDb db;
    private static ConfigurableApplicationContext node;
    /** Each Spring context installs its own security-context strategy globally; the other tests need theirs back. */
    private static SecurityContextHolderStrategy testsStrategy;

    @BeforeAll
    static void startDatabaseAndNode() throws Exception {
        assumeThat(PrivateMariaDb.available()).as("mariadbd not installed").isTrue();
        testsStrategy = SecurityContextHolder.getContextHolderStrategy();
        db = PrivateMariaDb.start();
        node = new SpringApplicationBuilder(HeadpinApplication.class).run(
                "--server.port=0",
                // Not the surrounding test run's profiles: MySQL protocol on the private server.
                "--spring.profiles.active=mysql",
                "--spring.datasource.url=" + db.jdbcUrl("headpin"),
                "--spring.datasource.username=root",
                // Screens answer within a second while the database is away.
                "--spring.datasource.hikari.connection-timeout=1000",
                "--spring.datasource.hikari.validation-timeout=500",
                "--spring.quartz.auto-startup=false",
                "--headpin.demo-data=true",
                "--logging.level.root=warn",
                "--logging.level.com.zaxxer.hikari=error",
                "--spring.main.banner-mode=off");
        SecurityContextHolder.setContextHolderStrategy(node.getBean(SecurityContextHolderStrategy.class));
    }

    @AfterAll
    static void stopAll() throws Exception {
        if (node != null) {
            node.close();
        }
        if (db != null) {
            db.close();
        }
        if (testsStrategy != null) {
            SecurityContextHolder.setContextHolderStrategy(testsStrategy);
        }
    }

    @AfterEach
    void closeUi() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    @Test
    void whileTheDatabaseIsAwayScreensSaySoTypedInputStaysAndTheNodeRecoversByItself() throws Exception {
        TestLogin.as(node.getBean(UserDetailsService.class), "rep3");
        long accountId = node.getBean(AccountService.class).page(new AccountFilter("华北电网", null, null, null,
                null, null, true), Pageable.unpaged()).getContent().getFirst().id();
        KaribuTest.openOn(node, Locale.ENGLISH);
        com.vaadin.flow.component.UI.getCurrent().navigate("accounts/" + accountId);
        TextArea notes = _get(TextArea.class, spec -> spec.withId("account-notes"));
        notes.setValue(TYPED);

        db.stopServer();
        clickAsTheBrowserWould(_get(Button.class, spec -> spec.withId("save-account")));

        assertThat(notificationTexts())
                .containsExactly("The database cannot be reached; your input is kept, try again in a moment.");
        assertThat(_get(TextArea.class, spec -> spec.withId("account-notes")).getValue()).isEqualTo(TYPED);

        db.startServer();
        awaitDatabase();
        NotificationsKt.clearNotifications();
        clickAsTheBrowserWould(_get(Button.class, spec -> spec.withId("save-account")));

        assertThat(notificationTexts()).noneMatch(text -> text.contains("database"));
        assertThat(node.getBean(AccountService.class).find(accountId).orElseThrow().notes()).isEqualTo(TYPED);
    }

    @Test
    void openingAViewWhileTheDatabaseIsAwayShowsTheFriendlyPageAndTryAgainWorksOnceItIsBack() throws Exception {
        TestLogin.as(node.getBean(UserDetailsService.class), "rep3");
        KaribuTest.openOn(node, Locale.ENGLISH);
        com.vaadin.flow.component.UI.getCurrent().navigate("");
        _get(H2.class, spec -> spec.withId("home-greeting"));

        db.stopServer();
        // The user opens Home again (a reload): the shell and the view are built anew and need the database.
        com.vaadin.flow.component.UI.getCurrent().refreshCurrentRoute(true);

        _assertOne(ErrorView.class);
        assertThat(_get(H2.class, spec -> spec.withId("error-title")).getText())
                .isEqualTo("The database cannot be reached");
        assertThat(com.vaadin.flow.component.UI.getCurrent().getElement().getTextRecursively())
                .doesNotContain("Exception", "jdbc", "Hikari");

        db.startServer();
        awaitDatabase();
        _click(_get(Button.class, spec -> spec.withId("error-try-again")));

        assertThat(_get(H2.class, spec -> spec.withId("home-greeting")).getText()).contains("Hello");
    }

    /** What Vaadin does with an exception from a listener: hands it to the session's error handler. */
    private static void clickAsTheBrowserWould(Button button) {
        try {
            _click(button);
        } catch (RuntimeException error) {
            VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(error));
        }
        MockVaadin.clientRoundtrip(false);
    }

    /** The pool reconnects by itself; this only waits until the restarted server takes queries. */
    private static void awaitDatabase() {
        JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .until(() -> jdbc.queryForObject("SELECT 1", Integer.class) == 1);
    }

    private static List<String> notificationTexts() {
        return NotificationsKt.getNotifications().stream().map(DatabaseOutageIT::text).toList();
    }

    private static String text(Notification notification) {
        String text = notification.getElement().getProperty("text", "");
        return text.isEmpty() ? notification.getElement().getTextRecursively() : text;
    }
}
