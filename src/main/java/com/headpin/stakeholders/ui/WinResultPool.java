package com.headpin.stakeholders.ui;

import java.util.ArrayList;
import java.util.List;

import com.headpin.stakeholders.StandardWinResult;
import com.headpin.stakeholders.WinResultKind;
import com.headpin.stakeholders.WinResultService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.EffectAllowed;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The win results to sort: the catalogue's active entries in the user's language, by kind, and the team's own words
 * added here (kept in this view until given to someone). Editors drag them onto people.
 */
class WinResultPool extends Composite<Div> {

    /** The team's own words, dragged from the pool: stored only once dropped on a person. */
    record OwnWords(String text) {
    }

    private final boolean mayEdit;
    private final Div entries = new Div();
    private final Div own = new Div();
    private final List<String> ownWords = new ArrayList<>();
    private List<StandardWinResult> shown = List.of();

    WinResultPool(boolean mayEdit) {
        this.mayEdit = mayEdit;
        Div pool = getContent();
        pool.setId("win-results-pool");
        pool.addClassName("win-results-pool");
        pool.add(new H4(getTranslation("win-result.pool")), entries, own);
        own.addClassName("win-results-pool-chips");
        if (mayEdit) {
            TextField words = new TextField();
            words.setId("win-results-own-text");
            words.setPlaceholder(getTranslation("win-result.own.placeholder"));
            words.setAriaLabel(getTranslation("win-result.own"));
            words.setMaxLength(WinResultService.OWN_TEXT_MAX_LENGTH);
            Button add = new Button(getTranslation("win-result.own.add"), VaadinIcon.PLUS.create(), e -> {
                String text = words.getValue().strip();
                if (!text.isEmpty() && !ownWords.contains(text)) {
                    ownWords.add(text);
                    own.add(chip(text, new OwnWords(text), "own"));
                }
                words.clear();
            });
            add.setId("win-results-own-add");
            HorizontalLayout row = new HorizontalLayout(words, add);
            row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
            pool.add(row);
        }
    }

    /** Shows the catalogue's active entries; redraws only when they changed. */
    void show(List<StandardWinResult> pool) {
        if (pool.equals(shown)) {
            return;
        }
        shown = List.copyOf(pool);
        entries.removeAll();
        for (WinResultKind kind : WinResultKind.values()) {
            Div group = new Div();
            group.addClassName("win-results-pool-chips");
            Span heading = new Span(getTranslation(kind.labelKey()));
            heading.addClassName("win-results-pool-kind");
            group.add(heading);
            pool.stream().filter(entry -> entry.kind() == kind)
                    .forEach(entry -> group.add(chip(entry.label(getLocale()), entry, "entry-" + entry.id())));
            entries.add(group);
        }
    }

    private Component chip(String label, Object data, String key) {
        Span chip = new Span(label);
        chip.addClassNames("win-result-chip", "in-pool");
        chip.getElement().setAttribute("data-pool", key);
        if (mayEdit) {
            DragSource<Span> drag = DragSource.create(chip);
            drag.setDragData(data);
            drag.setEffectAllowed(EffectAllowed.COPY_MOVE);
        }
        return chip;
    }
}
