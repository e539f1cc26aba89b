package com.headpin.security.ui;

import com.headpin.security.CurrentUser;
import com.headpin.security.UserAccountService;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;

/**
 * A user who must choose a new password (see {@code UserAccountService.mustChangeOwnPassword}) reaches no view but
 * {@link PasswordChangeRequiredView} until they have. Checked once per session once it is settled.
 */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    private static final String SETTLED = PasswordChangeGuard.class.getName() + ".settled";

    private final UserAccountService users;
    private final CurrentUser currentUser;

    PasswordChangeGuard(UserAccountService users, CurrentUser currentUser) {
        this.users = users;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        VaadinSession session = event.getUI().getSession();
        if (target == PasswordChangeRequiredView.class || target == LoginView.class || target == FirstAdminView.class
                || currentUser.principal().isEmpty() || Boolean.TRUE.equals(session.getAttribute(SETTLED))) {
            return;
        }
        if (users.mustChangeOwnPassword()) {
            event.rerouteTo(PasswordChangeRequiredView.class);
        } else {
            session.setAttribute(SETTLED, Boolean.TRUE);
        }
    }
}
