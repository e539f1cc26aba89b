package com.headpin;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.tabs.TabSheet;
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
        openOn(context, browserLocale);
    }

    /**
     * Opens the app of the given Spring context (a private node of a test) in a new browser session, as whoever the
     * security context holds; {@code MockVaadin.tearDown()} closes it.
     */
    public static void openOn(ApplicationContext context, Locale browserLocale) {
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

    /** Selects the tab of the screen's tab sheet whose label is this i18n key, in the user's language. */
    protected static void selectTab(String labelKey) {
        TabSheet sheet = LocatorJ._get(TabSheet.class);
        String label = sheet.getTranslation(labelKey);
        for (int i = 0; i < sheet.getTabCount(); i++) {
            if (sheet.getTabAt(i).getLabel().equals(label)) {
                sheet.setSelectedIndex(i);
                return;
            }
        }
        throw new AssertionError("no tab " + label);
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

    /** Another UI of the mock session, current until the caller switches back: a second browser tab. */
    protected static UI secondUi(UI first) {
        UI second = new UI();
        second.getInternals().setSession(first.getSession());
        second.doInit(com.vaadin.flow.server.VaadinRequest.getCurrent(), first.getUIId() + 1, "second");
        first.getSession().addUI(second);
        UI.setCurrent(second);
        return second;
    }
}
