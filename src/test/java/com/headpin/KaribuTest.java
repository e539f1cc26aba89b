package com.headpin;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLayout;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Browserless UI tests with Karibu on the real Spring context. A test logs in (or stays anonymous) and then
 * opens the app: both Spring Security's context and the fake servlet request carry the user, as the real
 * security filter would arrange.
 */
@HeadpinTest
public abstract class KaribuTest {

    private static final Set<Class<? extends RouterLayout>> LAYOUTS = new HashSet<>();
    private static final Routes ROUTES = discoverRoutes();

    @Autowired
    private ApplicationContext context;
    @Autowired
    private UserDetailsService userDetails;

    /** Logs in as a demo user and opens the app in a new browser session with the given browser language. */
    protected void openAs(String username, Locale browserLocale) {
        TestLogin.as(userDetails, username);
        open(browserLocale);
    }

    protected void openAs(String username) {
        openAs(username, Locale.ENGLISH);
    }

    protected void openAnonymous() {
        SecurityContextHolder.clearContext();
        open(Locale.ENGLISH);
    }

    private void open(Locale browserLocale) {
        openUi(context, browserLocale);
    }

    /**
     * Opens the app on {@code context} (the test's, or a private node's) as the user logged in now: both Spring
     * Security's context and the fake servlet request carry the user.
     */
    public static void openUi(ApplicationContext context, Locale browserLocale) {
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session);
            request.setLocaleInt(browserLocale);
            Authentication current = SecurityContextHolder.getContext().getAuthentication();
            if (current != null) {
                request.setUserPrincipalInt(current);
            }
            request.setUserInRole((principal, role) -> {
                Authentication auth = SecurityContextHolder.getContext().getAuthentication();
                return auth != null && auth.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
            });
            return request;
        });
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new) {
            @Override
            public void init(ServletConfig config) throws ServletException {
                super.init(config);
                // Karibu 2.7 registers routes but not @Layout auto-layouts, which Vaadin's start-up scan would.
                var registry = ApplicationRouteRegistry.getInstance(getService().getContext());
                LAYOUTS.forEach(registry::setLayout);
            }
        });
    }

    protected void navigate(String location) {
        UI.getCurrent().navigate(location);
    }

    /**
     * Views are package-private (only the router needs them), which Karibu's own discovery skips; Spring's
     * scanner finds them like Vaadin's start-up scan does.
     */
    @SuppressWarnings("unchecked")
    private static Routes discoverRoutes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AssignableTypeFilter(HasErrorParameter.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Layout.class));
        Set<Class<? extends Component>> routes = new HashSet<>();
        Set<Class<? extends HasErrorParameter<?>>> errorRoutes = new HashSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("com.headpin")) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
            if (type.isAnnotationPresent(Route.class)) {
                routes.add((Class<? extends Component>) type);
            }
            if (type.isAnnotationPresent(Layout.class)) {
                LAYOUTS.add((Class<? extends RouterLayout>) type);
            }
            if (HasErrorParameter.class.isAssignableFrom(type)) {
                errorRoutes.add((Class<? extends HasErrorParameter<?>>) type);
            }
        }
        return new Routes(routes, errorRoutes, true);
    }

    @AfterEach
    void closeVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }
}
