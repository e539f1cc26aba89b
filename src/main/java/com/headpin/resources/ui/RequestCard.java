package com.headpin.resources.ui;

import java.util.function.Consumer;

import com.headpin.resources.OpenRequest;
import com.headpin.resources.RequestRow;
import com.headpin.shared.Money;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.EffectAllowed;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * An open request on the board: dragged onto a person's week, or assigned with its button (the keyboard's way, also
 * what tests use). Its drag data is the request itself, kept on the server.
 */
class RequestCard extends Composite<Div> {

    RequestCard(OpenRequest open, Consumer<OpenRequest> assign) {
        RequestRow r = open.request();
        Div card = getContent();
        card.setId("open-request-" + r.id());
        card.addClassName("resource-request-card");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s)").set("margin-bottom", "var(--lumo-space-s)")
                .set("background", "var(--lumo-base-color)").set("cursor", "grab");
        Div title = new Div(new Span(r.dealName()));
        title.getStyle().set("font-weight", "600");
        String tier = open.tier() == null ? "" : " · " + getTranslation(open.tier().labelKey());
        Div what = new Div(new Span(RequestTexts.who(r, this) + " · " + getTranslation(r.activity().labelKey())));
        Div when = new Div(new Span(RequestTexts.dates(r, getLocale()) + " · "
                + getTranslation("resource.days.count", RequestTexts.days(r.effortDays(), getLocale()))));
        Div value = new Div(new Span(getTranslation("resource.board.weighted",
                Money.compact(open.weightedAmount(), getLocale())) + tier));
        value.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Button button = new Button(getTranslation("resource.assign"), e -> assign.accept(open));
        button.setId("assign-" + r.id());
        button.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        card.add(title, what, when, value);
        if (r.justification() != null) {
            Div why = new Div(new Span(r.justification()));
            why.getStyle().set("font-size", "var(--lumo-font-size-s)");
            card.add(why);
        }
        card.add(button);
        DragSource<Div> drag = DragSource.create(card);
        drag.setDragData(open);
        drag.setEffectAllowed(EffectAllowed.MOVE);
    }
}
