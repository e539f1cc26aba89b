package com.headpin.accounts.ui;

import com.headpin.accounts.AccountDetails;
import com.headpin.accounts.AccountService;
import com.headpin.organisation.OrganisationService;
import com.headpin.security.UserAccountService;
import com.headpin.shared.Actor;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.ui.Notifications;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.router.RouteParameters;

/** A new account: the profile form in a dialog; after saving, the account opens. */
class AccountFormDialog extends Dialog {

    private AccountFormDialog(AccountService accounts, UserAccountService users, OrganisationService organisation) {
        setHeaderTitle(getTranslation("accounts.new"));
        setWidth("min(56rem, 95vw)");
        AccountForm form = new AccountForm(accounts, users, organisation);
        long me = Actor.current().map(Actor::userId).orElse(0L);
        form.allow(accounts.choices(null), me, null, null);
        form.showNew(me, organisation.tree().teamsOf(me).stream().findFirst().map(t -> t.id())
                .orElse(null));
        add(form);
        Button save = new Button(getTranslation("action.create"), e -> {
            if (form.fields().unreadableInput()) {
                return;
            }
            AccountDetails created;
            try {
                created = accounts.create(form.input(0));
            } catch (InvalidInputException invalid) {
                form.fields().showErrors(invalid);
                return;
            }
            close();
            Notifications.success("account.created", created.name());
            UI.getCurrent().navigate(AccountView.class, new RouteParameters("id", String.valueOf(created.id())));
        });
        save.setId("create-account");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    static AccountFormDialog create(AccountService accounts, UserAccountService users,
                                    OrganisationService organisation) {
        return new AccountFormDialog(accounts, users, organisation);
    }
}
