package com.headpin.deals.ui;

import java.util.Map;

import com.headpin.accounts.AccountRef;
import com.headpin.accounts.AccountService;
import com.headpin.deals.DealDetails;
import com.headpin.deals.DealInput;
import com.headpin.deals.DealService;
import com.headpin.deals.internal.Deal;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.ui.AmountField;
import com.headpin.shared.ui.DateField;
import com.headpin.shared.ui.FieldErrors;
import com.headpin.shared.ui.Notifications;
import com.headpin.shared.ui.UnreadableInput;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;

/**
 * A new deal: the account, a name, the amount and the expected close date (suggested from the sales process's
 * typical cycle); owner, team and region as the service suggests for the account. After saving, the deal opens.
 */
class NewDealDialog extends Dialog {

    private final ComboBox<AccountRef> account = new ComboBox<>();
    private final TextField name = new TextField();
    private final AmountField amount = new AmountField();
    private final DateField expectedClose = new DateField();

    NewDealDialog(DealService deals, AccountService accounts) {
        setHeaderTitle(getTranslation("deals.new"));
        setWidth("min(36rem, 95vw)");
        account.setId("new-deal-account");
        account.setLabel(getTranslation("deal.account"));
        account.setItems(query -> accounts.refs(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                .stream());
        account.setItemLabelGenerator(AccountRef::name);
        account.addValueChangeListener(e -> {
            if (e.getValue() != null && expectedClose.isEmpty()) {
                expectedClose.setValue(deals.draft(e.getValue().id()).expectedClose());
            }
        });
        name.setId("new-deal-name");
        name.setLabel(getTranslation("deal.name"));
        name.setMaxLength(Deal.NAME_MAX_LENGTH);
        amount.setId("new-deal-amount");
        amount.setLabel(getTranslation("deal.amount"));
        expectedClose.setId("new-deal-expected-close");
        expectedClose.setLabel(getTranslation("deal.expected-close"));
        FormLayout form = new FormLayout(account, name, amount, expectedClose);
        form.setColspan(account, 2);
        form.setColspan(name, 2);
        add(form);

        Button create = new Button(getTranslation("action.create"), e -> create(deals));
        create.setId("create-deal");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), create);
    }

    private void create(DealService deals) {
        Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("account", account, "name", name,
                "amount", amount, "expectedClose", expectedClose);
        if (UnreadableInput.anyIn(fields.values())) {
            return;
        }
        if (account.getValue() == null) {
            FieldErrors.show(InvalidInputException.of("account", "validation.required"), fields);
            return;
        }
        DealDetails created;
        try {
            DealInput draft = deals.draft(account.getValue().id());
            created = deals.create(draft.withName(name.getValue()).withAmount(amount.getValue(),
                    expectedClose.getValue()));
        } catch (InvalidInputException invalid) {
            FieldErrors.show(invalid, fields);
            return;
        }
        close();
        Notifications.success("deal.created", created.name());
        UI.getCurrent().navigate(DealView.class, new RouteParameters("id", String.valueOf(created.id())));
    }
}
