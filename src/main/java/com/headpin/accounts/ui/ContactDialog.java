package com.headpin.accounts.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.headpin.accounts.ContactDetails;
import com.headpin.accounts.ContactInput;
import com.headpin.accounts.ContactService;
import com.headpin.security.UserSummary;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.StaleDataException;
import com.headpin.shared.ui.FieldErrors;
import com.headpin.shared.ui.Notifications;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

/** Adds or edits one of the customer's people. */
class ContactDialog extends Dialog {

    private final TextField name = new TextField();
    private final TextField title = new TextField();
    private final TextField department = new TextField();
    private final ComboBox<ContactDetails> reportsTo = new ComboBox<>();
    private final TextField phone = new TextField();
    private final EmailField email = new EmailField();
    private final TextArea notes = new TextArea();
    private final DatePicker lastContactDate = new DatePicker();
    private final ComboBox<UserSummary> lastContactBy = new ComboBox<>();

    ContactDialog(ContactService contacts, long accountId, @Nullable ContactDetails existing,
                  List<ContactDetails> accountContacts, List<UserSummary> users) {
        setHeaderTitle(getTranslation(existing == null ? "contact.new" : "contact.edit"));
        setWidth("min(44rem, 95vw)");
        label(name, "contact.name", "contact-name");
        label(title, "contact.title", "contact-title");
        label(department, "contact.department", "contact-department");
        label(phone, "contact.phone", "contact-phone");
        email.setLabel(getTranslation("contact.email"));
        email.setId("contact-email");
        notes.setLabel(getTranslation("contact.notes"));
        notes.setId("contact-notes");
        reportsTo.setLabel(getTranslation("contact.reports-to"));
        reportsTo.setId("contact-reports-to");
        reportsTo.setItems(accountContacts.stream()
                .filter(c -> existing == null || c.id() != existing.id()).toList());
        reportsTo.setItemLabelGenerator(c -> c.title() == null ? c.name() : c.name() + " · " + c.title());
        reportsTo.setClearButtonVisible(true);
        lastContactDate.setLabel(getTranslation("contact.last-contact-date"));
        lastContactDate.setId("contact-last-date");
        lastContactDate.setLocale(getLocale());
        lastContactBy.setLabel(getTranslation("contact.last-contact-by"));
        lastContactBy.setId("contact-last-by");
        lastContactBy.setItems(users);
        lastContactBy.setItemLabelGenerator(UserSummary::fullName);
        lastContactBy.setClearButtonVisible(true);
        if (existing != null) {
            name.setValue(existing.name());
            title.setValue(Objects.requireNonNullElse(existing.title(), ""));
            department.setValue(Objects.requireNonNullElse(existing.department(), ""));
            phone.setValue(Objects.requireNonNullElse(existing.phone(), ""));
            email.setValue(Objects.requireNonNullElse(existing.email(), ""));
            notes.setValue(Objects.requireNonNullElse(existing.notes(), ""));
            accountContacts.stream().filter(c -> Objects.equals(c.id(), existing.reportsToId())).findFirst()
                    .ifPresent(reportsTo::setValue);
            lastContactDate.setValue(existing.lastContactDate());
            users.stream().filter(u -> Objects.equals(u.id(), existing.lastContactBy())).findFirst()
                    .ifPresent(lastContactBy::setValue);
        }
        FormLayout form = new FormLayout(name, title, department, reportsTo, phone, email, lastContactDate,
                lastContactBy, notes);
        form.setColspan(notes, 2);
        add(form);

        Button save = new Button(getTranslation("action.save"), e -> {
            ContactInput input = new ContactInput(existing == null ? 0 : existing.version(), name.getValue(),
                    title.getValue(), department.getValue(),
                    reportsTo.getValue() == null ? null : reportsTo.getValue().id(), phone.getValue(),
                    email.getValue(), notes.getValue(), lastContactDate.getValue(),
                    lastContactBy.getValue() == null ? null : lastContactBy.getValue().id());
            try {
                if (existing == null) {
                    contacts.create(accountId, input);
                } else {
                    contacts.update(existing.id(), input);
                }
            } catch (InvalidInputException invalid) {
                FieldErrors.show(invalid, fields());
                return;
            } catch (StaleDataException stale) {
                Notifications.error("contact.stale");
            }
            close();
        });
        save.setId("save-contact");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        if (existing != null) {
            Button delete = new Button(getTranslation("action.delete"), e -> {
                try {
                    contacts.delete(existing.id(), existing.version());
                    close();
                } catch (InvalidInputException invalid) {
                    invalid.fieldErrors().values().forEach(Notifications::error);
                } catch (StaleDataException stale) {
                    Notifications.error("contact.stale");
                    close();
                }
            });
            delete.setId("delete-contact");
            delete.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            getFooter().addComponentAsFirst(delete);
        }
    }

    private void label(TextField field, String key, String id) {
        field.setLabel(getTranslation(key));
        field.setId(id);
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("title", title);
        fields.put("department", department);
        fields.put("reportsTo", reportsTo);
        fields.put("phone", phone);
        fields.put("email", email);
        fields.put("notes", notes);
        fields.put("lastContactDate", lastContactDate);
        return fields;
    }
}
