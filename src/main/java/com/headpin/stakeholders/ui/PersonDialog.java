package com.headpin.stakeholders.ui;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.headpin.shared.Dates;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.ui.FieldErrors;
import com.headpin.stakeholders.InfluenceLineInput;
import com.headpin.stakeholders.MapEdge;
import com.headpin.stakeholders.MapPerson;
import com.headpin.stakeholders.RelationshipMap;
import com.headpin.stakeholders.RelationshipMapService;
import com.headpin.stakeholders.internal.InfluenceLine;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * One person of the map: title, roles on the deal, attitude, coverage and last contact, and their influence lines
 * both ways. Editors add a "listens to" line from this person and remove lines. Shown again whenever the map reloads,
 * so another user's line appears here too; a person deleted meanwhile closes it.
 */
class PersonDialog extends Dialog {

    private final RelationshipMapService maps;
    private final long dealId;
    private final long contactId;
    private final Runnable changed;
    private final Div details = new Div();
    private final Div lines = new Div();
    private final ComboBox<MapPerson> listensTo = new ComboBox<>();
    private final TextField note = new TextField();
    private final HorizontalLayout add;

    PersonDialog(RelationshipMapService maps, long dealId, long contactId, Runnable changed) {
        this.maps = maps;
        this.dealId = dealId;
        this.contactId = contactId;
        this.changed = changed;
        setId("relationship-person");
        setWidth("min(560px, 95vw)");
        details.setId("relationship-person-details");
        lines.setId("relationship-person-lines");
        listensTo.setId("relationship-listens-to");
        listensTo.setLabel(getTranslation("relmap.line.listens-to"));
        listensTo.setItemLabelGenerator(MapPerson::name);
        note.setId("relationship-note");
        note.setLabel(getTranslation("relmap.line.note"));
        note.setMaxLength(InfluenceLine.NOTE_MAX_LENGTH);
        Button addButton = new Button(getTranslation("relmap.line.add"), VaadinIcon.PLUS.create(), e -> addLine());
        addButton.setId("relationship-line-add");
        add = new HorizontalLayout(listensTo, note, addButton);
        add.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add.setWrap(true);
        Button close = new Button(getTranslation("action.close"), e -> close());
        close.setId("relationship-person-close");
        getFooter().add(close);
        add(details, new H4(getTranslation("relmap.lines")), lines, add);
    }

    long contactId() {
        return contactId;
    }

    void show(RelationshipMap map) {
        Optional<MapPerson> found = map.person(contactId);
        if (found.isEmpty()) {
            close();
            return;
        }
        MapPerson person = found.get();
        setHeaderTitle(person.name());
        details.removeAll();
        details.add(fact("relmap.person.title", person.title() == null ? "–" : person.title()));
        details.add(fact("relmap.person.roles", person.roles().isEmpty() ? getTranslation("relmap.legend.not-influence")
                : person.roles().stream().sorted().map(r -> getTranslation(r.labelKey()))
                        .collect(Collectors.joining(", "))));
        details.add(fact("relmap.person.attitude", person.attitude() == null ? "–"
                : getTranslation(person.attitude().labelKey())));
        details.add(fact("relmap.person.influence", person.level() == null ? "–"
                : getTranslation(person.level().labelKey())));
        details.add(fact("relmap.person.owner", person.coverage().ownerName() == null
                ? getTranslation("relmap.gap.nobody") : person.coverage().ownerName()));
        String last = person.coverage().lastContactDate() == null ? getTranslation("relmap.person.never")
                : Dates.format(person.coverage().lastContactDate(), getLocale())
                + (person.coverage().lastContactByName() == null ? "" : " · " + person.coverage().lastContactByName());
        details.add(fact("relmap.person.last-contact", last));
        if (person.hasGap()) {
            java.util.List<String> marks = new java.util.ArrayList<>();
            if (person.nobodyOnOurSide()) {
                marks.add(getTranslation("relmap.gap.nobody"));
            }
            if (person.noRecentContact()) {
                marks.add(getTranslation("relmap.gap.stale", person.coverage().gapDays()));
            }
            Span gaps = new Span("⚠ " + String.join(" · ", marks));
            gaps.setId("relationship-person-gaps");
            gaps.getStyle().set("color", "var(--lumo-error-text-color)");
            details.add(new Div(gaps));
        }
        Map<Long, String> names = map.people().stream().collect(Collectors.toMap(MapPerson::contactId,
                MapPerson::name));
        lines.removeAll();
        map.linesOf(contactId).forEach(line -> lines.add(line(line, names, map.mayEdit())));
        if (map.linesOf(contactId).isEmpty()) {
            lines.add(new Span(getTranslation("relmap.lines.none")));
        }
        listensTo.setItems(map.people().stream().filter(p -> p.contactId() != contactId).toList());
        add.setVisible(map.mayEdit());
    }

    private Div fact(String key, String text) {
        Div fact = new Div(new Span(getTranslation(key) + ": "), new Span(text));
        fact.addClassName("relationship-fact");
        return fact;
    }

    private Div line(MapEdge line, Map<Long, String> names, boolean mayEdit) {
        String text = getTranslation("relmap.tooltip.listens", names.getOrDefault(line.fromContactId(), "?"),
                names.getOrDefault(line.toContactId(), "?")) + (line.note() == null ? "" : " – " + line.note());
        Div row = new Div(new Span(text));
        row.addClassName("relationship-line");
        if (mayEdit) {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                maps.removeLine(dealId, line.lineId(), line.version());
                changed.run();
            });
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            remove.setAriaLabel(getTranslation("relmap.line.remove"));
            remove.setTooltipText(getTranslation("relmap.line.remove"));
            remove.addClassName("relationship-line-remove");
            row.add(remove);
        }
        return row;
    }

    private void addLine() {
        MapPerson target = listensTo.getValue();
        try {
            maps.addLine(dealId, new InfluenceLineInput(contactId, target == null ? 0 : target.contactId(),
                    note.getValue()));
            FieldErrors.clear(listensTo);
            FieldErrors.clear(note);
            listensTo.clear();
            note.clear();
            changed.run();
        } catch (InvalidInputException refused) {
            FieldErrors.show(refused, Map.of("to", listensTo, "from", listensTo, "note", note));
        }
    }
}
