package com.headpin.security;

import java.util.EnumSet;
import java.util.UUID;

import com.headpin.HeadpinTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.ui.DefaultLoginPageGeneratingFilter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** The log-in form as the browser posts it, through the whole security filter chain. */
@HeadpinTest
class LoginFormIT {

    private static final String PASSWORD = "Correct2026";

    @Autowired
    WebApplicationContext context;
    @Autowired
    UserAccountService users;
    @Autowired
    FilterChainProxy filterChains;

    private MockMvc mvc;
    private String username;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        username = "form-" + UUID.randomUUID().toString().substring(0, 8);
        SystemAuthentication.runAsAdmin(() -> users.create(new NewUser(username, "吴芳", null, EnumSet.of(Role.REP),
                null, PASSWORD)));
    }

    @Test
    void anUnknownUserAndAWrongPasswordGetTheSamePageAndMessage() throws Exception {
        String address = LoginThrottleIT.randomAddress();
        MvcResult unknown = refused("nobody-" + username, PASSWORD, address, null);
        MvcResult wrong = refused(username, "Wrong2026", address, null);
        assertThat(failureOf(unknown)).isEqualTo(failureOf(wrong));
    }

    @Test
    void anXForwardedForFromAnUntrustedPeerDoesNotEscapeTheCountAndTheRealUserStillGetsIn() throws Exception {
        String stranger = LoginThrottleIT.randomAddress();
        for (int i = 0; i < 5; i++) {
            refused(username, "wrong" + i, stranger, LoginThrottleIT.randomAddress());
        }
        // Had the header been believed, each try would have counted for another address.
        refused(username, PASSWORD, stranger, LoginThrottleIT.randomAddress());

        mvc.perform(form(username, PASSWORD, LoginThrottleIT.randomAddress(), null)).andExpect(authenticated());
    }

    @Test
    void theLogInPageIsHeadpinsOwnNotSpringsGeneratedOne() {
        assertThat(filterChains.getFilterChains()).flatExtracting(SecurityFilterChain::getFilters)
                .noneMatch(DefaultLoginPageGeneratingFilter.class::isInstance)
                .anyMatch(UsernamePasswordAuthenticationFilter.class::isInstance);
    }

    private MvcResult refused(String name, String password, String address, String forwardedFor) throws Exception {
        return mvc.perform(form(name, password, address, forwardedFor))
                .andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated()).andReturn();
    }

    private static String failureOf(MvcResult result) {
        Object failure = result.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return failure.getClass().getName() + ": " + ((Exception) failure).getMessage();
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder form(
            String name, String password, String address, String forwardedFor) {
        var request = post("/login").param("username", name).param("password", password).with(csrf())
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                });
        return forwardedFor == null ? request : request.header("X-Forwarded-For", forwardedFor);
    }
}
