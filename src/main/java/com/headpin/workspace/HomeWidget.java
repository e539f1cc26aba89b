package com.headpin.workspace;

import com.vaadin.flow.component.Component;

/**
 * A card on the home view. Feature modules contribute one as a Spring bean (prototype or stateless factory); the
 * home view shows those the current user may see, in {@link #order()}.
 */
public interface HomeWidget {

    int order();

    /** Whether the logged-in user gets this widget at all. */
    default boolean visibleToCurrentUser() {
        return true;
    }

    /** A new component for one home view instance. */
    Component create();
}
