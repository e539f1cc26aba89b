package com.headpin.stakeholders.ui;

import java.util.Optional;
import java.util.function.Consumer;

import com.headpin.accounts.ContactDetails;
import com.headpin.collaboration.ui.FormFields;
import com.headpin.collaboration.ui.LiveForm;
import com.headpin.collaboration.ui.LiveForms;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.StaleDataException;
import com.headpin.shared.ui.Notifications;
import com.headpin.stakeholders.Attitude;
import com.headpin.stakeholders.BuyingInfluenceService;
import com.headpin.stakeholders.Certainty;
import com.headpin.stakeholders.InfluenceInput;
import com.headpin.stakeholders.InfluenceLevel;
import com.headpin.stakeholders.InfluenceRole;
import com.headpin.stakeholders.InfluenceRow;
import com.headpin.stakeholders.StakeholderTopics;
import com.headpin.stakeholders.internal.BuyingInfluence;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

/**
 * Adds a buying influence (a contact of the account, or a new contact typed in place) or edits one. An existing one
 * is a shared form: who else has it open, their saves arriving live, a stale save shown in the conflict dialog.
 */
class InfluenceDialog extends Dialog {

    private final ComboBox<ContactDetails> contact = new ComboBox<>();
    private final Checkbox newContact = new Checkbox();
    private final TextField name = new TextField();
    private final TextField title = new TextField();
    private final CheckboxGroup<InfluenceRole> roles = new CheckboxGroup<>();
    private final Select<InfluenceLevel> influence = new Select<>();
    private final Select<Attitude> attitude = new Select<>();
    private final Select<Certainty> certainty = new Select<>();
    private final TextArea results = new TextArea();
    private final FormFields<InfluenceRow> fields = new FormFields<>("influence");
    private final BuyingInfluenceService influences;
    private final long dealId;

    /** {@code row} null: a new influence. */
    InfluenceDialog(BuyingInfluenceService influences, LiveForms liveForms, long dealId, @Nullable InfluenceRow row,
                    Consumer<InfluenceRow> onSaved) {
        this.influences = influences;
        this.dealId = dealId;
        setHeaderTitle(row == null ? getTranslation("influence.add")
                : row.contactName() + (row.contactTitle() == null ? "" : " · " + row.contactTitle()));
        setId("influence-dialog");
        setWidth("min(44rem, 95vw)");
        roles.setItems(InfluenceRole.values());
        roles.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        influence.setItems(InfluenceLevel.values());
        influence.setItemLabelGenerator(l -> l == null ? "" : getTranslation(l.labelKey()));
        influence.setEmptySelectionAllowed(true);
        attitude.setItems(Attitude.values());
        attitude.setItemLabelGenerator(a -> a == null ? "" : getTranslation(a.labelKey()));
        attitude.setEmptySelectionAllowed(true);
        certainty.setItems(Certainty.values());
        certainty.setItemLabelGenerator(c -> c == null ? "" : getTranslation(c.labelKey()));
        certainty.setEmptySelectionAllowed(true);
        results.setWidthFull();
        results.setHelperText(getTranslation("influence.results.help"));
        if (row == null) {
            contact.setItems(influences.candidates(dealId));
            contact.setItemLabelGenerator(c -> c.name() + (c.title() == null ? "" : " · " + c.title()));
            newContact.setLabel(getTranslation("influence.new-contact"));
            newContact.setId("influence-new-contact");
            newContact.addValueChangeListener(e -> showNewContact(e.getValue()));
            fields.input("contact", contact, "influence.contact").input("name", name, "contact.name")
                    .input("title", title, "contact.title");
        }
        fields.field("roles", roles, "influence.roles", InfluenceRow::roles)
                .field("influence", influence, "influence.influence", InfluenceRow::influence)
                .field("attitude", attitude, "influence.attitude", InfluenceRow::attitude)
                .field("certainty", certainty, "influence.certainty", InfluenceRow::certainty)
                .text("organisationalResults", results, "influence.results", InfluenceRow::organisationalResults,
                        BuyingInfluence.RESULTS_MAX_LENGTH);
        FormLayout form = new FormLayout();
        if (row == null) {
            form.add(contact, newContact, name, title);
            showNewContact(false);
        }
        form.add(roles, influence, attitude, certainty, results);
        form.setColspan(roles, 2);
        form.setColspan(results, 2);
        add(form);

        Button save = new Button(getTranslation("action.save"));
        save.setId("save-influence");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        if (row == null) {
            save.addClickListener(e -> {
                try {
                    onSaved.accept(addNew());
                    close();
                } catch (InvalidInputException invalid) {
                    fields.showErrors(invalid);
                }
            });
            getFooter().add(cancel, save);
            return;
        }
        InfluenceRow[] shown = {row};
        LiveForm<InfluenceRow> shared = liveForms.open(this, StakeholderTopics.INFLUENCE.topic(row.id()), fields,
                row, InfluenceRow::version, () -> current(row.id()));
        shared.onRecord(newer -> shown[0] = newer);
        shared.onGone(() -> {
            Notifications.error("influence.gone");
            close();
        });
        getHeader().add(shared.avatars());
        save.addClickListener(e -> shared.save(version -> influences.update(dealId, row.id(), input(version)),
                saved -> {
                    onSaved.accept(saved);
                    close();
                }));
        Button remove = new Button(getTranslation("influence.remove"), e -> confirmRemove(shown[0]));
        remove.setId("remove-influence");
        remove.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        getFooter().add(remove, cancel, save);
    }

    /** Fields read-only, nothing to save: for whoever may see the deal but not change it. */
    void readOnly() {
        fields.readOnly();
        getFooter().removeAll();
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    private InfluenceRow addNew() {
        if (newContact.getValue()) {
            return influences.addWithNewContact(dealId, name.getValue(), title.getValue(), input(0));
        }
        return influences.add(dealId, contact.getValue() == null ? -1 : contact.getValue().id(), input(0));
    }

    private void showNewContact(boolean typed) {
        contact.setVisible(!typed);
        name.setVisible(typed);
        title.setVisible(typed);
    }

    private void confirmRemove(InfluenceRow row) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("influence.remove"),
                getTranslation("influence.remove.confirm", row.contactName()), getTranslation("influence.remove"),
                e -> remove(row));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setId("confirm-remove-influence");
        confirm.open();
    }

    private void remove(InfluenceRow row) {
        try {
            influences.remove(dealId, row.id(), row.version());
            close();
        } catch (StaleDataException stale) {
            Notifications.error("influence.stale");
        }
    }

    private InfluenceInput input(long version) {
        return new InfluenceInput(version, roles.getValue(), influence.getValue(), attitude.getValue(),
                certainty.getValue(), results.getValue());
    }

    private Optional<InfluenceRow> current(long influenceId) {
        return influences.list(dealId).stream().filter(r -> r.id() == influenceId).findFirst();
    }
}
