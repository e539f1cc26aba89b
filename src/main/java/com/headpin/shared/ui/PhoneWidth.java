package com.headpin.shared.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.shared.Registration;

/**
 * Tells a view whether its window is phone-wide (a rep looking something up between meetings), now and whenever the
 * window crosses that width, while the view is shown. For what CSS cannot do, such as a grid's columns; the same
 * width as the {@code @media (max-width: 600px)} rules in styles.css.
 */
public final class PhoneWidth {

    /** Up to this many CSS pixels a window counts as a phone. */
    public static final int MAX_PHONE_WIDTH = 600;

    private PhoneWidth() {
    }

    /** Calls {@code narrow} with {@code true} on a phone-wide window, {@code false} otherwise, and on every change. */
    public static void track(Component view, Consumer<Boolean> narrow) {
        view.addAttachListener(attach -> {
            UI ui = attach.getUI();
            State state = new State(narrow);
            state.width(0);
            ExtendedClientDetails details = ui.getPage().getExtendedClientDetails();
            if (details != null) {
                state.width(details.getWindowInnerWidth());
            } else {
                ui.getPage().retrieveExtendedClientDetails(received -> state.width(received.getWindowInnerWidth()));
            }
            Registration resize = ui.getPage().addBrowserWindowResizeListener(e -> state.width(e.getWidth()));
            view.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }

    /**
     * On a phone, {@code columns} take a fixed share of the width (their text wraps or is shortened) so the first,
     * flexible column keeps room for a name; wider, they size to their content again.
     */
    public static void narrowColumns(boolean phone, Grid.Column<?>... columns) {
        for (Grid.Column<?> column : columns) {
            column.setAutoWidth(!phone);
            column.setWidth(phone ? "6.5rem" : null);
            column.setFlexGrow(phone ? 0 : 1);
        }
    }

    /** Passes on only changes, and treats an unknown width (no browser, as in UI tests) as wide. */
    private static final class State {
        private final Consumer<Boolean> narrow;
        private Boolean last;

        State(Consumer<Boolean> narrow) {
            this.narrow = narrow;
        }

        void width(int width) {
            boolean now = width > 0 && width <= MAX_PHONE_WIDTH;
            if (last == null || last != now) {
                last = now;
                narrow.accept(now);
            }
        }
    }
}
