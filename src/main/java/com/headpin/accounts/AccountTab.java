package com.headpin.accounts;

import com.vaadin.flow.component.Component;

/**
 * A tab on the account page contributed by another module (the account plan), so that the page can show it
 * without depending on that module. A Spring bean; tabs follow the account's own tabs in {@link #order()}.
 */
public interface AccountTab {

    int order();

    /** The i18n key of the tab's label. */
    String labelKey();

    /** A new component for one account page showing the account. */
    Component create(long accountId);
}
