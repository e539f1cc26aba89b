package com.headpin.stakeholders.ui;

import java.util.Locale;
import java.util.stream.Collectors;

import com.headpin.shared.Dates;
import com.headpin.stakeholders.ContactLogKind;
import com.headpin.stakeholders.ContactLogRow;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/** One entry in a contact log: when and how, the deal (on the account page), whom we met, who of us, the note. */
class ContactLogCard extends Div {

    ContactLogCard(ContactLogRow entry, boolean showDeal, Locale locale) {
        addClassName("contact-log-entry");
        getStyle().set("padding", "var(--lumo-space-xs) 0").set("line-height", "var(--lumo-line-height-s)");
        Icon icon = icon(entry.kind()).create();
        icon.setSize("var(--lumo-icon-size-s)");
        icon.getStyle().set("margin-inline-end", "var(--lumo-space-xs)").set("color", "var(--lumo-primary-color)");
        String kind = getTranslation(entry.kind().labelKey());
        icon.getElement().setAttribute("aria-label", kind);
        Span when = new Span(Dates.format(entry.date(), locale) + " · " + kind);
        when.getStyle().set("font-weight", "600");
        Div head = new Div(icon, when);
        if (showDeal && entry.dealName() != null) {
            Span deal = new Span(" · " + entry.dealName());
            deal.addClassName("contact-log-deal");
            deal.getStyle().set("color", "var(--lumo-secondary-text-color)");
            head.add(deal);
        }
        Div met = new Div(entry.contacts().stream().map(ContactLogRow.Person::name)
                .collect(Collectors.joining(locale.getLanguage().equals("zh") ? "、" : ", ")));
        met.addClassName("contact-log-contacts");
        Div ours = new Div(getTranslation("contact-log.ours", entry.ourPeople().stream()
                .map(ContactLogRow.Person::name).collect(Collectors.joining(locale.getLanguage().equals("zh")
                        ? "、" : ", "))));
        ours.addClassName("contact-log-ours");
        ours.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(head, met, ours);
        if (entry.note() != null) {
            Div note = new Div(entry.note());
            note.addClassName("contact-log-note");
            note.getStyle().set("white-space", "pre-line").set("font-size", "var(--lumo-font-size-s)");
            add(note);
        }
    }

    static VaadinIcon icon(ContactLogKind kind) {
        return switch (kind) {
            case VISIT -> VaadinIcon.CAR;
            case CALL -> VaadinIcon.PHONE;
            case MEETING -> VaadinIcon.USERS;
            case EMAIL -> VaadinIcon.ENVELOPE;
            case EVENT -> VaadinIcon.CALENDAR;
        };
    }
}
