package com.headpin.security.ui;

import com.headpin.security.FirstAdministrator;
import com.headpin.security.SessionEnding;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
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

/**
 * The log-in page. Every refused log-in (unknown user, wrong password, too many failures, disabled account) shows
 * the same message, so the page tells nothing about which usernames exist. Before the first administrator exists
 * it points to the set-up page.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();
    private final Paragraph sessionEnded = new Paragraph(getTranslation("login.session-ended"));
    private final AuthenticationContext authenticationContext;

    LoginView(AuthenticationContext authenticationContext, FirstAdministrator firstAdministrator) {
        this.authenticationContext = authenticationContext;
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
        if (firstAdministrator.setupNeeded()) {
            Anchor setUp = new Anchor("setup", getTranslation("login.setup-link"));
            setUp.setId("setup-link");
            addComponentAtIndex(3, new Paragraph(getTranslation("login.setup-needed")));
            addComponentAtIndex(4, setUp);
        }
        login.setI18n(i18n());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        sessionEnded.setVisible(SessionEnding.takeEndedNotice(VaadinSession.getCurrent().getSession()));
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            login.setError(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.refused.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.refused.message"));
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
