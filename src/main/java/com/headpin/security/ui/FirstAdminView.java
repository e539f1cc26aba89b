package com.headpin.security.ui;

import java.util.Map;

import com.headpin.security.AppUser;
import com.headpin.security.FirstAdminSetup;
import com.headpin.security.FirstAdministrator;
import com.headpin.shared.HeadpinI18NProvider;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.ui.FieldErrors;
import com.headpin.shared.ui.Notifications;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The first administrator of an installation without users, created with the one-time set-up token from the log.
 * Once anyone exists the page only leads to the log-in.
 */
@Route(value = "setup", autoLayout = false)
@AnonymousAllowed
class FirstAdminView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final FirstAdministrator firstAdministrator;
    private final PasswordField token = new PasswordField();
    private final TextField username = new TextField();
    private final TextField fullName = new TextField();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();

    FirstAdminView(FirstAdministrator firstAdministrator) {
        this.firstAdministrator = firstAdministrator;
        setAlignItems(Alignment.CENTER);
        token.setLabel(getTranslation("setup.token"));
        token.setId("setup-token");
        username.setLabel(getTranslation("user.username"));
        username.setHelperText(getTranslation("user.username.rule"));
        username.setMaxLength(AppUser.USERNAME_MAX_LENGTH);
        username.setId("setup-username");
        fullName.setLabel(getTranslation("user.full-name"));
        fullName.setMaxLength(AppUser.FULL_NAME_MAX_LENGTH);
        fullName.setId("setup-full-name");
        password.setLabel(getTranslation("login.password"));
        password.setHelperText(getTranslation("password.rule"));
        password.setId("setup-password");
        repeat.setLabel(getTranslation("password.repeat"));
        repeat.setId("setup-repeat-password");
        FormLayout form = new FormLayout(token, username, fullName, password, repeat);
        // One column of a fixed width, centred under the title like the log-in form.
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setWidth("min(32em, 100%)");

        Button create = new Button(getTranslation("setup.create"), e -> create());
        create.setId("setup-create");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickShortcut(Key.ENTER);
        add(new H1(getTranslation("setup.title")), new Paragraph(getTranslation("setup.intro")), form, create);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!firstAdministrator.setupNeeded()) {
            event.forwardTo(LoginView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("setup.title");
    }

    private void create() {
        Map<String, HasValidation> fields = Map.of("token", token, "username", username, "fullName", fullName,
                "password", password, "repeatPassword", repeat);
        if (!password.getValue().equals(repeat.getValue())) {
            FieldErrors.show(InvalidInputException.of("repeatPassword", "password.mismatch"), fields);
            return;
        }
        String language = HeadpinI18NProvider.CHINESE.equals(HeadpinI18NProvider.supported(getLocale()))
                ? "zh-CN" : "en";
        try {
            firstAdministrator.setUp(new FirstAdminSetup(token.getValue(), username.getValue(), fullName.getValue(),
                    password.getValue(), language));
        } catch (InvalidInputException invalid) {
            FieldErrors.show(invalid, fields);
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(LoginView.class));
        Notifications.success("setup.created");
    }
}
