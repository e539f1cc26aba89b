package com.headpin.workspace;

import java.util.List;
import java.util.Locale;

import com.headpin.shared.SearchText;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * One kind of record the top bar's search box finds (accounts, contacts, deals). The module that owns the records
 * contributes a bean; its {@link #find} asks the module's own service, which applies the row rules in its query, so
 * the box only ever lists what the user may open. The box shows the kinds in {@link #order()}.
 */
public interface SearchSource {

    int order();

    /** The i18n key of the group's heading in the results ("Accounts"). */
    String kindKey();

    VaadinIcon icon();

    /**
     * At most {@code limit} records whose name contains the text, best first, with their secondary line in the
     * reader's language. Only called with {@link SearchText#searchable()} text.
     */
    List<SearchHit> find(SearchText text, int limit, Locale locale);
}
