package com.headpin.deals;

import com.vaadin.flow.component.Component;

/**
 * A part of the deal page contributed by another module ([Stakeholders]: buying influences and red flags;
 * [Resources]: requests), so the page shows it without depending on that module. A Spring bean; panels of a slot
 * are shown in {@link #order()}.
 */
public interface DealPanel {

    /** Where the page shows a panel: a section of the main column below the exit criteria, or a tab of its own. */
    enum Slot { SECTION, TAB }

    Slot slot();

    int order();

    /** The i18n key of the panel's heading or tab label. */
    String labelKey();

    /** A new component for one deal page showing the deal (the caller may see it). */
    Component create(long dealId);
}
