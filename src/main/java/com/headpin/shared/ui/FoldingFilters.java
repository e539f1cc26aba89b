package com.headpin.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import org.jspecify.annotations.Nullable;

/**
 * A list's filter bar: the search box, then the other filters. On a phone (styles.css, "filters folded") the other
 * filters fold behind one button, so the first screen shows rows rather than filters; wider, the button is hidden and
 * the filters sit in line.
 */
public class FoldingFilters extends Composite<FlexLayout> {

    private final Button toggle = new Button(getTranslation("filters.toggle"), VaadinIcon.FILTER.create());

    /** {@code search}: always shown, or {@code null} for a bar of filters only. */
    public FoldingFilters(String id, @Nullable Component search, Component... filters) {
        FlexLayout bar = getContent();
        bar.setId(id);
        bar.addClassName("filter-bar");
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        Div fields = new Div(filters);
        fields.addClassName("filter-fields");
        toggle.setId(id + "-toggle");
        toggle.addClassName("filter-toggle");
        toggle.addThemeVariants(ButtonVariant.TERTIARY);
        toggle.getElement().setAttribute("aria-expanded", "false");
        toggle.addClickListener(e -> setOpen(!bar.hasClassName("filters-open")));
        if (search != null) {
            bar.add(search);
        }
        bar.add(toggle, fields);
    }

    /** Unfolds or folds the filters (on a phone; wider they always show). */
    public void setOpen(boolean open) {
        getContent().setClassName("filters-open", open);
        toggle.getElement().setAttribute("aria-expanded", String.valueOf(open));
    }
}
