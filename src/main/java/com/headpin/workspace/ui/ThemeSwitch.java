package com.headpin.workspace.ui;

import com.vaadin.flow.component.UI;

/** Lumo's dark variant is the {@code theme="dark"} attribute on the document element. */
final class ThemeSwitch {

    private ThemeSwitch() {
    }

    static void apply(UI ui, boolean dark) {
        ui.getElement().executeJs("document.documentElement.setAttribute('theme', $0)", dark ? "dark" : "");
    }
}
