package com.headpin.stakeholders.ui;

import java.util.List;

import com.headpin.shared.InvalidInputException;
import com.headpin.stakeholders.InfluenceRow;
import com.headpin.stakeholders.PersonalWinResult;
import com.headpin.stakeholders.StandardWinResult;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/**
 * One buying influence in one role column: name, title and attitude, and the win results the team gave them as
 * chips. Editors drop win results on it (from the pool or another person) or pick one in its box, where they may
 * also type their own words and press Enter.
 */
class PersonCard extends Composite<Div> {

    /** What the exercise does when something arrives on a person. */
    interface Actions {
        void dropped(InfluenceRow person, Object dragData);

        void picked(InfluenceRow person, StandardWinResult entry);

        /** Adds the person's win result in the team's own words; refused words throw {@link InvalidInputException}. */
        void typed(InfluenceRow person, String text);

        void remove(PersonalWinResult result);

        void move(PersonalWinResult result, InfluenceRow to);
    }

    private final InfluenceRow person;
    private final Div chips = new Div();
    private final boolean mayEdit;
    private final Actions actions;
    private List<PersonalWinResult> shown = List.of();
    private List<InfluenceRow> others = List.of();
    private @Nullable ComboBox<StandardWinResult> picker;

    PersonCard(InfluenceRow person, List<StandardWinResult> pool, boolean mayEdit, Actions actions) {
        this.person = person;
        this.mayEdit = mayEdit;
        this.actions = actions;
        Div card = getContent();
        card.addClassName("win-results-person");
        card.getElement().setAttribute("data-influence", String.valueOf(person.id()));
        Span name = new Span(person.contactName());
        name.addClassName("win-results-person-name");
        card.add(name);
        if (person.contactTitle() != null) {
            Span title = new Span(person.contactTitle());
            title.addClassName("win-results-person-title");
            card.add(title);
        }
        if (person.attitude() != null) {
            Span attitude = new Span(getTranslation(person.attitude().labelKey()));
            attitude.addClassNames("win-results-attitude", person.attitude().name().toLowerCase(java.util.Locale.ROOT));
            card.add(attitude);
        }
        chips.addClassName("win-results-chips");
        card.add(chips);
        if (mayEdit) {
            DropTarget<Div> target = DropTarget.create(card);
            target.setDropEffect(DropEffect.MOVE);
            target.addDropListener(e -> e.getDragData().ifPresent(data -> actions.dropped(person, data)));
            picker = picker(pool);
            card.add(picker);
        }
    }

    private ComboBox<StandardWinResult> picker(List<StandardWinResult> pool) {
        ComboBox<StandardWinResult> box = new ComboBox<>();
        box.addClassName("win-results-picker");
        box.setPlaceholder(getTranslation("win-result.pick"));
        box.setAriaLabel(getTranslation("win-result.pick-for", person.contactName()));
        box.setItemLabelGenerator(entry -> entry.label(getLocale()));
        box.setItems(pool);
        box.setAllowCustomValue(true);
        box.setClearButtonVisible(false);
        box.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                actions.picked(person, e.getValue());
                box.clear();
            }
        });
        box.addCustomValueSetListener(e -> {
            try {
                if (!e.getDetail().isBlank()) {
                    actions.typed(person, e.getDetail());
                }
            } catch (InvalidInputException refused) {
                // Too long or markup: said at the box, where the words were typed.
                box.setErrorMessage(getTranslation(refused.fieldErrors().values().iterator().next()));
                box.setInvalid(true);
                return;
            }
            box.setInvalid(false);
            box.clear();
        });
        return box;
    }

    InfluenceRow person() {
        return person;
    }

    /** Shows the person's win results, redrawing the chips only when they changed (or the people to move to). */
    void show(List<PersonalWinResult> results, List<InfluenceRow> everyone) {
        List<InfluenceRow> movable = everyone.stream().filter(p -> p.id() != person.id()).toList();
        if (results.equals(shown) && movable.equals(others)) {
            return;
        }
        shown = List.copyOf(results);
        others = movable;
        chips.removeAll();
        results.forEach(result -> chips.add(new WinResultChip(result, movable, mayEdit, actions::remove,
                actions::move)));
        getContent().setClassName("empty", results.isEmpty());
    }

    /** The pool changed: the picker offers the catalogue's active entries as they are now. */
    void offer(List<StandardWinResult> pool) {
        if (picker != null) {
            picker.setItems(pool);
        }
    }
}
