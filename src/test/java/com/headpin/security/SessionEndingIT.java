package com.headpin.security;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.headpin.PrivateRedis;
import com.headpin.TestClock;
import com.headpin.TwoNodes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.server.WrappedHttpSession;
import jakarta.servlet.Filter;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

/**
 * Sessions end when rights end, across nodes: two nodes sharing one database, joined by a {@link PrivateRedis}. A
 * user is logged in on node B (the session as form log-in leaves it, requests through B's real security filter
 * chain, and an open tab); an administrator changes the user's roles on node A, and B sends the tab to the log-in
 * page and ends the session at its next request ({@link TwoNodes} on one database). With Redis down the broadcast is lost, and B's next request still
 * ends the session once B stops trusting the version it read ({@link CredentialsVersions#TRUST}); the nodes' shared
 * clock is moved instead of waiting.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SessionEndingIT {

    private static final TestClock CLOCK = new TestClock();
    private static final String PASSWORD = "First2026pw";

    private static TwoNodes nodes;
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;
    private static MockHttpServletRequest lastRequest = new MockHttpServletRequest();

    @BeforeAll
    static void startRedisAndTwoNodes() throws Exception {
        assumeThat(PrivateRedis.available()).as("redis-server not installed").isTrue();
        nodes = TwoNodes.start(CLOCK, "sessions-it", "sessions-it");
        nodeA = nodes.a();
        nodeB = nodes.b();
    }

    @AfterEach
    void closeTabAndClock() {
        MockVaadin.tearDown();
        CLOCK.reset();
    }

    @AfterAll
    static void stopAll() {
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    @Order(1)
    void aRoleChangeOnNodeAEndsTheSessionOnNodeB() throws Exception {
        UserSummary user = onNodeA(() -> users().create(newUser("li.na")));
        MockHttpSession session = logInOnNodeB("li.na");
        UI tab = openTabOnNodeB(session);
        assertThat(requestOnNodeB(session)).isEqualTo("app as li.na");

        onNodeA(() -> users().update(new UserChanges(user.id(), user.version(), user.fullName(), null,
                EnumSet.of(Role.DIRECTOR), true, "zh-CN")));

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> {
            MockVaadin.runUIQueue();
            return sentToLogIn(tab);
        });
        assertThat(requestOnNodeB(session)).isEqualTo("redirect to /login");
        assertThat(session.isInvalid()).isTrue();
        assertThat(logInPageWillSayWhy()).isTrue();
    }

    @Test
    @Order(2)
    void whenTheBroadcastIsLostTheNextRequestOnNodeBStillEndsTheSession() throws Exception {
        UserSummary user = onNodeA(() -> users().create(newUser("wang.wei")));
        MockHttpSession session = logInOnNodeB("wang.wei");
        CLOCK.stopAt(Instant.now());
        assertThat(requestOnNodeB(session)).isEqualTo("app as wang.wei");

        nodes.redis().stop();
        try {
            onNodeA(() -> {
                users().resetPassword(user.id(), "Reset2026pw");
                return null;
            });
            assertThat(requestOnNodeB(session)).as("B has not heard, and trusts what it read a moment ago")
                    .isEqualTo("app as wang.wei");

            CLOCK.advance(CredentialsVersions.TRUST);
            assertThat(requestOnNodeB(session)).isEqualTo("redirect to /login");
            assertThat(session.isInvalid()).isTrue();
            assertThat(logInPageWillSayWhy()).isTrue();
        } finally {
            nodes.redis().restart();
        }
    }

    private static NewUser newUser(String username) {
        return new NewUser(username, "李娜", null, EnumSet.of(Role.REP), "zh-CN", PASSWORD);
    }

    private static UserAccountService users() {
        return nodeA.getBean(UserAccountService.class);
    }

    /** An administrator's work on node A, through its secured services. */
    private static <T> T onNodeA(Supplier<T> work) {
        SecurityContextHolder.setContextHolderStrategy(nodeA.getBean(SecurityContextHolderStrategy.class));
        return SystemAuthentication.runAsAdmin(work);
    }

    /** The HTTP session on node B as a successful form log-in leaves it. */
    private static MockHttpSession logInOnNodeB(String username) {
        UserDetails user = nodeB.getBean(UserDetailsService.class).loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        MockHttpSession session = new MockHttpSession(servletContextOf(nodeB));
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        return session;
    }

    /** A tab of that log-in on node B (Vaadin reads the log-in from the HTTP session's context, as here). */
    private static UI openTabOnNodeB(MockHttpSession session) {
        SecurityContextHolder.setContextHolderStrategy(nodeB.getBean(SecurityContextHolderStrategy.class));
        SecurityContextHolder.setContext((SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY));
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes(), nodeB, UI::new));
        return UI.getCurrent();
    }

    /** A page request of the session through node B's security filter chain: who the app sees, or where it is sent. */
    private static String requestOnNodeB(MockHttpSession session) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(servletContextOf(nodeB), "GET", "/");
        request.setSession(session);
        lastRequest = request;
        MockHttpServletResponse response = new MockHttpServletResponse();
        SecurityContextHolderStrategy contexts = nodeB.getBean(SecurityContextHolderStrategy.class);
        AtomicReference<String> reached = new AtomicReference<>();
        nodeB.getBean("springSecurityFilterChain", Filter.class).doFilter(request, response, (req, res) -> {
            Authentication seen = contexts.getContext().getAuthentication();
            reached.set("app as " + (seen == null ? "nobody" : seen.getName()));
        });
        return reached.get() != null ? reached.get() : "redirect to " + response.getRedirectedUrl();
    }

    /** The browser's new session (its cookie came with the last answer) tells the log-in page the session ended. */
    private static boolean logInPageWillSayWhy() {
        HttpSession fresh = lastRequest.getSession(false);
        return fresh != null && SessionEnding.takeEndedNotice(new WrappedHttpSession(fresh));
    }

    private static ServletContext servletContextOf(ConfigurableApplicationContext node) {
        return ((WebApplicationContext) node).getServletContext();
    }

    private static boolean sentToLogIn(UI tab) {
        return tab.getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(PendingJavaScriptInvocation::getInvocation)
                .anyMatch(js -> js.getExpression().contains("window.open") && js.getParameters().contains("login"));
    }
}
