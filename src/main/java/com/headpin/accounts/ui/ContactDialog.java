package com.headpin.accounts.ui;

import java.util.List;
import java.util.Objects;

import com.headpin.accounts.AccountTopics;
import com.headpin.accounts.internal.Contact;
import com.headpin.accounts.ContactDetails;
import com.headpin.accounts.ContactInput;
import com.headpin.accounts.ContactService;
import com.headpin.collaboration.ui.FormFields;
import com.headpin.collaboration.ui.LiveForm;
import com.headpin.collaboration.ui.LiveForms;
import com.headpin.security.UserSummary;
import com.headpin.shared.Dates;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.StaleDataException;
import com.headpin.shared.ui.DateField;
import com.headpin.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

/**
 * Adds one of the customer's people, or edits one together with colleagues: their saves arrive live and a save on
 * an older version asks field by field, keeping what this user typed. Not {@code editable} (the account's
 * {@code AccountChoices.mayEdit}), it shows an existing contact read-only, still following colleagues' saves.
 */
class ContactDialog extends Dialog {

    private final TextField name = new TextField();
    private final TextField title = new TextField();
    private final TextField department = new TextField();
    private final ComboBox<ContactDetails> reportsTo = new ComboBox<>();
    private final TextField phone = new TextField();
    private final EmailField email = new EmailField();
    private final TextArea notes = new TextArea();
    private final DateField lastContactDate = new DateField();
    private final ComboBox<UserSummary> lastContactBy = new ComboBox<>();
    private final ContactService contacts;

    ContactDialog(ContactService contacts, LiveForms liveForms, long accountId, @Nullable ContactDetails existing,
                  List<ContactDetails> accountContacts, List<UserSummary> users, boolean editable) {
        this.contacts = contacts;
        setHeaderTitle(existing == null ? getTranslation("contact.new")
                : editable ? getTranslation("contact.edit") : existing.name());
        setWidth("min(44rem, 95vw)");
        reportsTo.setItems(accountContacts.stream()
                .filter(c -> existing == null || c.id() != existing.id()).toList());
        reportsTo.setItemLabelGenerator(c -> c.title() == null ? c.name() : c.name() + " · " + c.title());
        reportsTo.setClearButtonVisible(true);
        lastContactDate.setId("contact-last-date");
        lastContactBy.setId("contact-last-by");
        lastContactBy.setItems(users);
        lastContactBy.setItemLabelGenerator(UserSummary::fullName);
        lastContactBy.setClearButtonVisible(true);
        FormFields<ContactDetails> fields = new FormFields<ContactDetails>("contact")
                .text("name", name, "contact.name", ContactDetails::name, Contact.NAME_MAX_LENGTH)
                .text("title", title, "contact.title", ContactDetails::title, Contact.TITLE_MAX_LENGTH)
                .text("department", department, "contact.department", ContactDetails::department,
                        Contact.DEPARTMENT_MAX_LENGTH)
                .field("reportsTo", reportsTo, "contact.reports-to", c -> accountContacts.stream()
                        .filter(o -> Objects.equals(o.id(), c.reportsToId())).findFirst().orElse(null))
                .text("phone", phone, "contact.phone", ContactDetails::phone, Contact.PHONE_MAX_LENGTH)
                .text("email", email, "contact.email", ContactDetails::email, Contact.EMAIL_MAX_LENGTH)
                .field("lastContactDate", lastContactDate, "contact.last-contact-date",
                        ContactDetails::lastContactDate, date -> Dates.format(date, getLocale()))
                .field("lastContactBy", lastContactBy, "contact.last-contact-by", c -> users.stream()
                        .filter(u -> Objects.equals(u.id(), c.lastContactBy())).findFirst().orElse(null))
                .text("notes", notes, "contact.notes", ContactDetails::notes, Contact.NOTES_MAX_LENGTH);
        FormLayout form = new FormLayout(name, title, department, reportsTo, phone, email, lastContactDate,
                lastContactBy, notes);
        form.setColspan(notes, 2);
        add(form);

        Button save = new Button(getTranslation("action.save"));
        save.setId("save-contact");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation(editable ? "action.cancel" : "action.close"), e -> close()));
        if (existing == null) {
            getFooter().add(save);
            save.addClickListener(e -> {
                if (fields.unreadableInput()) {
                    return;
                }
                try {
                    contacts.create(accountId, input(0));
                    close();
                } catch (InvalidInputException invalid) {
                    fields.showErrors(invalid);
                }
            });
            return;
        }
        LiveForm<ContactDetails> shared = liveForms.open(this, AccountTopics.CONTACT.topic(existing.id()), fields,
                existing, ContactDetails::version, () -> contacts.find(existing.id()));
        getHeader().add(shared.avatars());
        if (!editable) {
            fields.readOnly();
            return;
        }
        getFooter().add(save);
        save.addClickListener(e -> shared.save(version -> contacts.update(existing.id(), input(version)),
                saved -> close()));
        Button delete = new Button(getTranslation("action.delete"), e -> confirmDelete(existing));
        delete.setId("delete-contact");
        delete.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        getFooter().addComponentAsFirst(delete);
    }

    /** Asks first when the delete also removes links to the contact (plan relationships). */
    private void confirmDelete(ContactDetails existing) {
        List<String> links = contacts.links(existing.id()).stream()
                .map(link -> getTranslation(link.messageKey(), link.arguments().toArray())).toList();
        if (links.isEmpty()) {
            delete(existing);
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("contact.delete.linked.title"),
                getTranslation("contact.delete.linked", existing.name(), String.join(getTranslation("contact.delete.link-separator"), links)),
                getTranslation("action.delete"), e -> delete(existing));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setId("confirm-delete-contact");
        confirm.open();
    }

    private void delete(ContactDetails existing) {
        try {
            contacts.delete(existing.id(), existing.version());
            close();
        } catch (InvalidInputException invalid) {
            invalid.fieldErrors().values().forEach(Notifications::error);
        } catch (StaleDataException stale) {
            Notifications.error("contact.stale");
            close();
        }
    }

    private ContactInput input(long version) {
        return new ContactInput(version, name.getValue(), title.getValue(), department.getValue(),
                reportsTo.getValue() == null ? null : reportsTo.getValue().id(), phone.getValue(), email.getValue(),
                notes.getValue(), lastContactDate.getValue(),
                lastContactBy.getValue() == null ? null : lastContactBy.getValue().id());
    }
}
