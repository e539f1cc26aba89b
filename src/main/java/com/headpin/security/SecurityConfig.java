package com.headpin.security;

import java.time.Clock;

import com.headpin.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Deny by default: Vaadin's navigation access control refuses any route without an access annotation, and
 * every HTTP request but the log-in page, static resources, webjars and the health probes needs a session.
 */
@Configuration
@EnableWebSecurity
// @PreAuthorize in services only: JSR-250 annotations on views are Vaadin's, and must not make Spring proxy views.
@EnableMethodSecurity
@EnableConfigurationProperties({LoginThrottleProperties.class, TrustedProxyProperties.class, FirstAdminProperties.class})
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
                                            ClientAddresses clientAddresses, CredentialsVersions versions,
                                            ObjectProvider<SecurityContextHolderStrategy> contexts) throws Exception {
        // The form log-in goes through PasswordLogin (not a provider Spring would build from the user details).
        http.authenticationManager(authenticationManager);
        // Each request of a log-in whose access has since changed ends its session (SessionEnding).
        http.addFilterAfter(new EndedSessionFilter(versions,
                contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy)),
                SecurityContextHolderFilter.class);
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                // Public libraries from webjars (ECharts for shared.ui.chart.Chart): static files, nothing private.
                .requestMatchers("/webjars/**").permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class)
                // Other paths reach the router once logged in: an unknown address shows the translated
                // "not found" page instead of a blank 403; views stay protected by their access annotations.
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        // The client address the throttle counts against (X-Forwarded-For from trusted proxies only). Only after
        // Vaadin's configurer: a form log-in configured before it initialises first, without the log-in view, and
        // Spring then serves its own generated page at /login instead of ours.
        http.formLogin(form -> form.authenticationDetailsSource(clientAddresses));
        return http.build();
    }

    /** BCrypt through the delegating encoder, so stored hashes name their algorithm and can be upgraded. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Publishes log-in failures and successes (Spring's events, for anyone listening). */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    /** The one way to authenticate: users from the database, BCrypt, throttled per username and address. */
    @Bean
    AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder passwordEncoder,
                                                 LoginThrottle throttle, AuthenticationEventPublisher events) {
        ProviderManager manager = new ProviderManager(new PasswordLogin(users, passwordEncoder, throttle));
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
