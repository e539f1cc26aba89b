package com.headpin.security.ui;

import com.headpin.security.LoginThrottleProperties;
import com.headpin.security.SessionEnding;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.headpin.shared.HeadpinI18NProvider;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/** The log-in page; explains a locked or disabled account instead of a generic failure. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();
    private final Paragraph sessionEnded = new Paragraph(getTranslation("login.session-ended"));
    private final AuthenticationContext authenticationContext;
    private final LoginThrottleProperties throttle;

    LoginView(AuthenticationContext authenticationContext, LoginThrottleProperties throttle) {
        this.authenticationContext = authenticationContext;
        this.throttle = throttle;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        Button language = new Button(getTranslation("shell.language.other"), e -> toggleLanguage());
        language.setId("language-switch");
        language.addThemeVariants(ButtonVariant.TERTIARY);
        sessionEnded.setId("session-ended");
        sessionEnded.setVisible(false);
        add(new H1(getTranslation("app.name")), new Paragraph(getTranslation("app.tagline")), sessionEnded, login,
                language);
        login.setI18n(i18n(null));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        sessionEnded.setVisible(SessionEnding.takeEndedNotice(VaadinSession.getCurrent().getSession()));
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            Object failure = VaadinSession.getCurrent().getSession()
                    .getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            login.setI18n(i18n(failure));
            login.setError(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }

    private LoginI18n i18n(@Nullable Object failure) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        if (failure instanceof LockedException) {
            error.setTitle(getTranslation("login.locked.title"));
            error.setMessage(getTranslation("login.locked.message", throttle.lockDuration().toMinutes()));
        } else if (failure instanceof DisabledException) {
            error.setTitle(getTranslation("login.disabled.title"));
            error.setMessage(getTranslation("login.disabled.message"));
        } else {
            error.setTitle(getTranslation("login.failed.title"));
            error.setMessage(getTranslation("login.failed.message"));
        }
        return i18n;
    }

    /** Before log-in the language lives in the session only; the user's own choice is stored once logged in. */
    private void toggleLanguage() {
        UI ui = UI.getCurrent();
        boolean chinese = HeadpinI18NProvider.supported(ui.getLocale()).equals(HeadpinI18NProvider.CHINESE);
        VaadinSession.getCurrent().setLocale(chinese ? HeadpinI18NProvider.ENGLISH : HeadpinI18NProvider.CHINESE);
        ui.refreshCurrentRoute(true);
    }
}
