package com.headpin.stakeholders.ui;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import com.headpin.stakeholders.InfluenceRow;
import com.headpin.stakeholders.PersonalWinResult;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.EffectAllowed;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;

/**
 * A win result on a person's card. Editors drag it to another person, take it away with its x, or move it from its
 * menu (the keyboard's way; also what tests use). Its drag data is the win result itself.
 */
class WinResultChip extends Composite<Span> {

    private final PersonalWinResult result;

    WinResultChip(PersonalWinResult result, List<InfluenceRow> others, boolean mayEdit,
                  Consumer<PersonalWinResult> onRemove, BiConsumer<PersonalWinResult, InfluenceRow> onMove) {
        this.result = result;
        Span chip = getContent();
        chip.addClassName("win-result-chip");
        chip.getElement().setAttribute("data-win-result", String.valueOf(result.id()));
        if (result.own()) {
            chip.addClassName("own");
        }
        Span text = new Span(result.label(getLocale()));
        text.addClassName("win-result-text");
        chip.add(text);
        if (result.note() != null) {
            chip.setTitle(result.note());
        }
        if (!mayEdit) {
            return;
        }
        DragSource<Span> drag = DragSource.create(chip);
        drag.setDragData(result);
        drag.setEffectAllowed(EffectAllowed.MOVE);
        if (!others.isEmpty()) {
            MenuBar menu = new MenuBar();
            menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_SMALL);
            MenuItem top = menu.addItem(VaadinIcon.ARROW_RIGHT.create());
            top.setAriaLabel(getTranslation("win-result.move"));
            top.setId("win-result-move-" + result.id());
            SubMenu targets = top.getSubMenu();
            others.forEach(person -> targets.addItem(getTranslation("win-result.move-to", person.contactName()),
                    e -> onMove.accept(result, person)).setId("win-result-move-" + result.id() + "-to-" + person.id()));
            chip.add(menu);
        }
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> onRemove.accept(result));
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL, ButtonVariant.LUMO_ICON);
        remove.setAriaLabel(getTranslation("win-result.remove", result.label(getLocale())));
        remove.setId("win-result-remove-" + result.id());
        chip.add(remove);
    }

    PersonalWinResult result() {
        return result;
    }
}
