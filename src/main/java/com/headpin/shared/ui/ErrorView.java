package com.headpin.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/**
 * What the user sees instead of Vaadin's page with the stack trace when opening a view fails: a translated
 * message, never the exception's text. "The database cannot be reached" while it is down (the shell itself needs
 * the database, so this page stands alone), and "try again" reopens the address once it is back.
 */
@AnonymousAllowed
class ErrorView extends VerticalLayout implements HasErrorParameter<Exception>, HasDynamicTitle {

    private final FriendlyErrorHandling errors;
    private String titleKey = "error.page.title";

    ErrorView(FriendlyErrorHandling errors) {
        this.errors = errors;
        setId("error-page");
        addClassName("error-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Exception error = parameter.getCaughtException();
        errors.logged(error);
        String messageKey;
        int status;
        if (DatabaseUnavailable.causedBy(error)) {
            titleKey = "error.database.title";
            messageKey = "error.database.message";
            status = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        } else if (FriendlyErrorHandling.causedBy(error, AccessDeniedException.class)) {
            titleKey = "error.access-denied.title";
            messageKey = "error.access-denied.message";
            status = HttpServletResponse.SC_FORBIDDEN;
        } else {
            titleKey = "error.page.title";
            messageKey = "error.page.message";
            status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        }
        removeAll();
        H2 title = new H2(getTranslation(titleKey));
        title.setId("error-title");
        Paragraph message = new Paragraph(getTranslation(messageKey));
        message.setId("error-message");
        // Opens the same address again, shell and view built anew.
        Button again = new Button(getTranslation("error.try-again"), e -> UI.getCurrent().refreshCurrentRoute(true));
        again.setId("error-try-again");
        again.addThemeVariants(ButtonVariant.PRIMARY);
        Button home = new Button(getTranslation("error.back-home"), e -> UI.getCurrent().navigate(""));
        home.setId("error-home");
        add(title, message, new HorizontalLayout(again, home));
        return status;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }
}
