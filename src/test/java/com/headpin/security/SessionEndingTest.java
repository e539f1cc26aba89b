package com.headpin.security;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.headpin.KaribuTest;
import com.headpin.TestSessions;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions end when rights end, on one node: which changes end a user's log-ins, the user's open tab is sent to the
 * log-in page, which says why, and a change to one's own password keeps the session it was made in. Across nodes,
 * and with the broadcast lost, see {@code SessionEndingIT}.
 */
class SessionEndingTest extends KaribuTest {

    private static final String PASSWORD = "First2026pw";

    @Autowired
    UserAccountService users;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    CredentialsVersions versions;

    @Test
    void disablingChangingRolesOrResettingThePasswordEndsTheUsersLogInsAndAProfileEditDoesNot() {
        UserSummary user = create("ends.often");

        HeadpinUserPrincipal logIn = logIn(user);
        asAdmin(() -> users.update(changes(users.find(user.id()).orElseThrow(), "周杰伦", user.roles(), true)));
        assertThat(versions.isCurrent(logIn)).as("name changed").isTrue();

        asAdmin(() -> users.update(changes(users.find(user.id()).orElseThrow(), "周杰伦",
                EnumSet.of(Role.REP, Role.RESOURCE), true)));
        assertThat(versions.isCurrent(logIn)).as("roles changed").isFalse();

        logIn = logIn(user);
        asAdmin(() -> users.resetPassword(user.id(), "Reset2026pw"));
        assertThat(versions.isCurrent(logIn)).as("password reset").isFalse();

        logIn = logIn(user);
        asAdmin(() -> users.update(changes(users.find(user.id()).orElseThrow(), "周杰伦",
                EnumSet.of(Role.REP, Role.RESOURCE), false)));
        assertThat(versions.isCurrent(logIn)).as("disabled").isFalse();
    }

    @Test
    void aUserWhoseRolesChangeHasTheirOpenTabSentToTheLogInPage() {
        UserSummary user = create("tab.owner");
        openAs("tab.owner");
        navigate("");
        UI tab = UI.getCurrent();

        asAdmin(() -> users.update(changes(users.find(user.id()).orElseThrow(), user.fullName(),
                EnumSet.of(Role.DIRECTOR), true)));
        MockVaadin.runUIQueue();

        assertThat(sentToLogIn(tab)).isTrue();
    }

    @Test
    void theLogInPageSaysTheSessionHasEnded() {
        openAnonymous();
        // What EndedSessionFilter leaves in the fresh session of a browser whose session it ended.
        SessionEnding.noteEnded(((WrappedHttpSession) VaadinSession.getCurrent().getSession()).getHttpSession());
        navigate("login");
        assertThat(_get(Paragraph.class, spec -> spec.withId("session-ended")).getText()).isEqualTo("Your session has ended; please log in again.");

        // Said once, not on every visit.
        navigate("login");
        _assertNone(Paragraph.class, spec -> spec.withId("session-ended"));
    }

    @Test
    void changingTheirOwnPasswordKeepsThisSessionAndEndsTheirOthers() {
        UserSummary user = create("pw.keeper");
        HeadpinUserPrincipal elsewhere = logIn(user);
        openAs("pw.keeper", Locale.SIMPLIFIED_CHINESE);
        navigate("");
        UI tab = UI.getCurrent();

        users.changeOwnPassword(PASSWORD, "Second2026pw");
        MockVaadin.runUIQueue();

        HeadpinUserPrincipal here = (HeadpinUserPrincipal) SecurityContextHolder.getContext().getAuthentication()
                .getPrincipal();
        assertThat(versions.isCurrent(here)).isTrue();
        assertThat(versions.isCurrent(elsewhere)).isFalse();
        assertThat(sentToLogIn(tab)).isFalse();
        assertThat(users.me().fullName()).isEqualTo(user.fullName());
    }

    private static boolean sentToLogIn(UI tab) {
        return tab.getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(PendingJavaScriptInvocation::getInvocation)
                .anyMatch(js -> js.getExpression().contains("window.open") && js.getParameters().contains("login"));
    }

    private UserSummary create(String username) {
        return SystemAuthentication.runAsAdmin(() -> users.create(new NewUser(username, "周杰", null,
                EnumSet.of(Role.REP), "zh-CN", PASSWORD)));
    }

    /** A log-in of the user as it is now, as another browser would hold it. */
    private HeadpinUserPrincipal logIn(UserSummary user) {
        return (HeadpinUserPrincipal) userDetails.loadUserByUsername(user.username());
    }

    private void asAdmin(Runnable work) {
        TestSessions.as(userDetails, "admin", () -> {
            work.run();
            return null;
        });
    }

    private static UserChanges changes(UserSummary user, String fullName, Set<Role> roles, boolean enabled) {
        return new UserChanges(user.id(), user.version(), fullName, user.email(), roles, enabled,
                user.preferredLanguage());
    }
}
