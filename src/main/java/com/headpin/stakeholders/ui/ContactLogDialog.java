package com.headpin.stakeholders.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.headpin.collaboration.ui.FormFields;
import com.headpin.collaboration.ui.LiveForm;
import com.headpin.collaboration.ui.LiveForms;
import com.headpin.shared.Dates;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.StaleDataException;
import com.headpin.shared.ui.DateField;
import com.headpin.shared.ui.Notifications;
import com.headpin.stakeholders.ContactLogChoices;
import com.headpin.stakeholders.ContactLogInput;
import com.headpin.stakeholders.ContactLogKind;
import com.headpin.stakeholders.ContactLogRow;
import com.headpin.stakeholders.ContactLogRow.Person;
import com.headpin.stakeholders.ContactLogService;
import com.headpin.stakeholders.StakeholderTopics;
import com.headpin.stakeholders.internal.ContactLogEntry;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.jspecify.annotations.Nullable;

/**
 * Logs a contact (date, defaulting to today; kind; the account's contacts met; our people, defaulting to me; a note),
 * or changes or deletes a logged one. Our people keep the order they were chosen in: the first is recorded as the
 * contacts' last contact. An existing entry is a shared form (presence, others' saves live, stale saves through the
 * conflict dialog).
 */
class ContactLogDialog extends Dialog {

    private final DateField date = new DateField();
    private final Select<ContactLogKind> kind = new Select<>();
    private final MultiSelectComboBox<Person> contacts = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<Person> ourPeople = new MultiSelectComboBox<>();
    private final TextArea note = new TextArea();
    private final FormFields<ContactLogRow> fields = new FormFields<>("contact-log");
    /** Our people in the order chosen (a multi-select's value is a set). */
    private final List<Person> ourOrder = new ArrayList<>();

    ContactLogDialog(ContactLogService log, LiveForms liveForms, ContactLogChoices choices, @Nullable Long dealId,
                     @Nullable ContactLogRow entry, long me, Runnable onSaved) {
        setHeaderTitle(getTranslation(entry == null ? "contact-log.add" : "contact-log.edit"));
        setId("contact-log-dialog");
        setWidth("min(40rem, 95vw)");
        date.setMax(choices.today());
        kind.setItems(ContactLogKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation(k.labelKey()));
        Map<Long, Person> contactItems = byId(choices.contacts(), entry == null ? List.of() : entry.contacts());
        contacts.setItems(contactItems.values());
        contacts.setItemLabelGenerator(Person::name);
        Map<Long, Person> people = byId(choices.people().stream().map(u -> new Person(u.id(), u.fullName())).toList(),
                entry == null ? List.of() : entry.ourPeople());
        ourPeople.setItems(people.values());
        ourPeople.setItemLabelGenerator(Person::name);
        ourPeople.addValueChangeListener(e -> {
            ourOrder.retainAll(e.getValue());
            e.getValue().stream().filter(p -> !ourOrder.contains(p)).sorted(Comparator.comparing(Person::name))
                    .forEach(ourOrder::add);
        });
        fields.field("date", date, "contact-log.date", ContactLogRow::date, d -> Dates.format(d, getLocale()))
                .field("kind", kind, "contact-log.kind", ContactLogRow::kind)
                .field("contacts", contacts, "contact-log.contacts", e -> ids(contactItems, e.contacts()),
                        this::names)
                .field("ourPeople", ourPeople, "contact-log.our-people", e -> ids(people, e.ourPeople()),
                        this::names)
                .text("note", note, "contact-log.note", ContactLogRow::note, ContactLogEntry.NOTE_MAX_LENGTH);
        FormLayout form = new FormLayout(date, kind, contacts, ourPeople, note);
        form.setColspan(contacts, 2);
        form.setColspan(ourPeople, 2);
        form.setColspan(note, 2);
        add(form);

        Button save = new Button(getTranslation("action.save"));
        save.setId("contact-log-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        if (entry == null) {
            date.setValue(choices.today());
            kind.setValue(ContactLogKind.MEETING);
            if (people.containsKey(me)) {
                ourPeople.setValue(Set.of(people.get(me)));
            }
            save.addClickListener(e -> {
                if (fields.unreadableInput()) {
                    return;
                }
                try {
                    log.log(choices.accountId(), dealId, input(0));
                    onSaved.run();
                    close();
                } catch (InvalidInputException invalid) {
                    fields.showErrors(invalid);
                }
            });
            getFooter().add(cancel, save);
            return;
        }
        ourOrder.clear();
        entry.ourPeople().stream().map(p -> people.get(p.id())).forEach(ourOrder::add);
        LiveForm<ContactLogRow> shared = liveForms.open(this, StakeholderTopics.CONTACT_LOG.topic(entry.id()), fields,
                entry, ContactLogRow::version, () -> log.find(entry.id()));
        shared.onGone(() -> {
            Notifications.error("contact-log.gone");
            close();
        });
        getHeader().add(shared.avatars());
        save.addClickListener(e -> shared.save(version -> log.update(entry.id(), input(version)), saved -> {
            onSaved.run();
            close();
        }));
        Button delete = new Button(getTranslation("action.delete"), e -> {
            try {
                log.delete(entry.id(), entry.version());
                onSaved.run();
                close();
            } catch (StaleDataException stale) {
                Notifications.error("contact-log.stale");
            }
        });
        delete.setId("contact-log-delete");
        delete.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        getFooter().add(delete, cancel, save);
    }

    /** Fields read-only, nothing to save: for whoever may read the log but not change it. */
    void readOnly() {
        fields.readOnly();
        getFooter().removeAll();
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    private ContactLogInput input(long version) {
        return new ContactLogInput(version, date.getValue(), kind.getValue(),
                contacts.getValue().stream().map(Person::id).sorted().toList(),
                ourOrder.stream().filter(ourPeople.getValue()::contains).map(Person::id).toList(), note.getValue());
    }

    /** The offered people by id, with those of the entry that are no longer offered (kept as they were). */
    private static Map<Long, Person> byId(List<Person> offered, List<Person> kept) {
        Map<Long, Person> all = new LinkedHashMap<>();
        offered.forEach(p -> all.put(p.id(), p));
        kept.forEach(p -> all.putIfAbsent(p.id(), p));
        return all;
    }

    /** The same instances the field offers, so that values compare equal to its items. */
    private static Set<Person> ids(Map<Long, Person> items, List<Person> chosen) {
        return chosen.stream().map(p -> items.getOrDefault(p.id(), p))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private String names(Set<Person> chosen) {
        return chosen.stream().map(Person::name).collect(Collectors.joining(", "));
    }
}
