package com.headpin.security.ui;

import com.headpin.security.UserAccountService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * Where {@link PasswordChangeGuard} sends a user whose password someone else set (the first administrator's from
 * the environment): the app opens only once they have chosen their own.
 */
@Route(value = "change-password", autoLayout = false)
@PermitAll
class PasswordChangeRequiredView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final UserAccountService users;
    private final AuthenticationContext authenticationContext;

    PasswordChangeRequiredView(UserAccountService users, AuthenticationContext authenticationContext) {
        this.users = users;
        this.authenticationContext = authenticationContext;
        setAlignItems(Alignment.CENTER);
        add(new H1(getTranslation("app.name")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!users.mustChangeOwnPassword()) {
            event.forwardTo("");
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        ChangePasswordDialog.required(users, authenticationContext::logout,
                () -> attachEvent.getUI().navigate("")).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.must-change.title");
    }
}
