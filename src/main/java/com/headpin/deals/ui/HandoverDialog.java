package com.headpin.deals.ui;

import java.util.Map;

import com.headpin.deals.HandedOver;
import com.headpin.deals.Handover;
import com.headpin.deals.HandoverService;
import com.headpin.security.UserSummary;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.ui.FieldErrors;
import com.headpin.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * Hands over one person's open deals and accounts: what would move (counts within the caller's part), who gets the
 * accounts and who the deals (the same person unless changed), then one confirmation for all of it.
 */
class HandoverDialog extends Dialog {

    private final ComboBox<UserSummary> accountsTo = new ComboBox<>();
    private final ComboBox<UserSummary> dealsTo = new ComboBox<>();

    HandoverDialog(HandoverService handover, Handover preview) {
        setHeaderTitle(getTranslation("handover.title", preview.person().fullName()));
        setId("handover-dialog");
        Paragraph counts = new Paragraph(getTranslation("handover.counts", preview.openDeals(), preview.accounts()));
        counts.setId("handover-counts");
        for (ComboBox<UserSummary> owner : java.util.List.of(accountsTo, dealsTo)) {
            owner.setItems(preview.newOwners());
            owner.setItemLabelGenerator(UserSummary::fullName);
            owner.setWidthFull();
        }
        accountsTo.setId("handover-accounts-to");
        accountsTo.setLabel(getTranslation("handover.accounts-to"));
        dealsTo.setId("handover-deals-to");
        dealsTo.setLabel(getTranslation("handover.deals-to"));
        dealsTo.setHelperText(getTranslation("handover.deals-to.help"));
        // One successor is the usual case: the deals follow the accounts' new owner until chosen apart.
        accountsTo.addValueChangeListener(e -> {
            if (dealsTo.isEmpty() || dealsTo.getValue().equals(e.getOldValue())) {
                dealsTo.setValue(e.getValue());
            }
        });

        Button confirm = new Button(getTranslation("handover.confirm"), e -> confirm(handover, preview));
        confirm.setId("handover-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.setEnabled(preview.openDeals() + preview.accounts() > 0);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, confirm);
        VerticalLayout content = new VerticalLayout(counts, accountsTo, dealsTo);
        content.setPadding(false);
        content.setWidth("28rem");
        add(content);
    }

    private void confirm(HandoverService handover, Handover preview) {
        try {
            HandedOver done = handover.handOver(preview.person().id(), id(accountsTo), id(dealsTo));
            Notifications.success("handover.done", done.deals(), done.accounts(), preview.person().fullName());
            close();
        } catch (InvalidInputException error) {
            FieldErrors.show(error, Map.of("accountsTo", accountsTo, "dealsTo", dealsTo));
        }
    }

    /** An unchosen owner is refused by the service at its field, like any other owner it does not allow. */
    private static long id(ComboBox<UserSummary> owner) {
        return owner.getValue() == null ? -1 : owner.getValue().id();
    }
}
