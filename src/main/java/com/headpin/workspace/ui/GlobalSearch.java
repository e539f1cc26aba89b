package com.headpin.workspace.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.headpin.shared.SearchText;
import com.headpin.workspace.SearchHit;
import com.headpin.workspace.SearchSource;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.LitRenderer;

/**
 * The top bar's search box: type a name (one Chinese character, or two Latin letters), pick with the arrow keys and
 * Enter, and the record opens. Results are grouped by kind (accounts, contacts, deals), at most {@link #PER_KIND}
 * of each, each kind from its module's {@link SearchSource}, so only what the user may open is listed.
 * Ctrl+K (⌘K), or "/" outside a text field, focuses the box from anywhere.
 */
final class GlobalSearch extends Composite<ComboBox<GlobalSearch.Found>> {

    static final int PER_KIND = 5;

    /** One result line; {@code group} is the kind's heading on the first line of each kind, else empty. */
    record Found(String group, String icon, SearchHit hit) {
    }

    private static final String TEMPLATE = """
            <div class="search-hit">
              <div class="search-group" ?hidden="${!item.group}">${item.group}</div>
              <div class="search-line">
                <vaadin-icon icon="${item.icon}"></vaadin-icon>
                <div><div class="search-title">${item.title}</div><div class="search-detail">${item.detail}</div></div>
              </div>
            </div>""";

    /**
     * Ctrl+K / ⌘K anywhere, and "/" outside text fields, focus the box. One listener per page, on the box that is
     * attached now (the shell is built again on a language or theme switch).
     */
    private static final String SHORTCUTS = """
            window.headpinSearchBox = this;
            if (!window.headpinSearchShortcuts) {
              window.headpinSearchShortcuts = true;
              document.addEventListener('keydown', e => {
                const box = window.headpinSearchBox;
                if (!box || !box.isConnected) return;
                const target = e.composedPath()[0];
                const typing = target instanceof HTMLElement
                    && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
                const plain = !e.ctrlKey && !e.metaKey && !e.altKey;
                if (((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') || (e.key === '/' && plain && !typing)) {
                  e.preventDefault();
                  box.focus();
                }
              });
            }""";

    private final List<SearchSource> sources;
    private String lastText = "";
    private List<Found> lastFound = List.of();

    GlobalSearch(List<SearchSource> sources) {
        this.sources = sources.stream().sorted(Comparator.comparingInt(SearchSource::order)).toList();
        ComboBox<Found> box = getContent();
        box.setId("global-search");
        box.addClassName("global-search");
        box.setPlaceholder(getTranslation("search.placeholder"));
        box.setAriaLabel(getTranslation("search.label"));
        box.setTooltipText(getTranslation("search.tooltip"));
        box.setPrefixComponent(VaadinIcon.SEARCH.create());
        box.setItemLabelGenerator(found -> found.hit().title());
        box.setRenderer(LitRenderer.<Found>of(TEMPLATE).withProperty("group", Found::group)
                .withProperty("icon", Found::icon).withProperty("title", found -> found.hit().title())
                .withProperty("detail", found -> found.hit().detail()));
        box.setItems(query -> results(query.getFilter().orElse("")).stream().skip(query.getOffset())
                .limit(query.getLimit()));
        box.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                String link = event.getValue().hit().link();
                box.clear();
                box.getUI().ifPresent(ui -> ui.navigate(link));
            }
        });
        // In the browser, so that the letters typed right after the shortcut land in the box, not before it.
        box.addAttachListener(event -> box.getElement().executeJs(SHORTCUTS));
    }

    /** The results for what is typed; the combo box asks again for the same text while it pages. */
    private List<Found> results(String typed) {
        SearchText text = SearchText.of(typed);
        if (!text.searchable()) {
            return List.of();
        }
        if (!text.text().equals(lastText)) {
            lastFound = find(text);
            lastText = text.text();
        }
        return lastFound;
    }

    private List<Found> find(SearchText text) {
        Locale locale = getLocale();
        List<Found> found = new ArrayList<>();
        for (SearchSource source : sources) {
            List<SearchHit> hits = source.find(text, PER_KIND, locale);
            String icon = "vaadin:" + source.icon().name().toLowerCase(Locale.ROOT).replace('_', '-');
            for (int i = 0; i < hits.size(); i++) {
                found.add(new Found(i == 0 ? getTranslation(source.kindKey()) : "", icon, hits.get(i)));
            }
        }
        return found;
    }
}
