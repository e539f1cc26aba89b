package com.headpin.collaboration.ui;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.formlayout.FormLayout;

/**
 * Shown when a save meets a newer version: lists each field the other user changed with their value and this
 * user's, lets the user pick per field, and hands back the fields where theirs wins. Nothing is overwritten
 * silently; {@code onResolve} saves again on top of the newer version.
 */
public class ConflictDialog extends Dialog {

    private static final String THEIRS = "theirs";
    private static final String MINE = "mine";

    public ConflictDialog(String otherUser, List<FieldConflict> conflicts, Consumer<Set<String>> onResolve) {
        setHeaderTitle(getTranslation("conflict.title"));
        setId("conflict-dialog");
        setWidth("min(44rem, 95vw)");
        add(new Paragraph(getTranslation("conflict.message", otherUser)));
        Map<String, RadioButtonGroup<String>> choices = new LinkedHashMap<>();
        FormLayout form = new FormLayout();
        for (FieldConflict conflict : conflicts) {
            RadioButtonGroup<String> choice = new RadioButtonGroup<>(conflict.label());
            choice.setId("conflict-" + conflict.field());
            choice.setItems(THEIRS, MINE);
            choice.setItemLabelGenerator(option -> THEIRS.equals(option)
                    ? getTranslation("conflict.theirs", show(conflict.theirs()))
                    : getTranslation("conflict.mine", show(conflict.mine())));
            choice.setValue(MINE);
            choices.put(conflict.field(), choice);
            form.add(choice);
            form.setColspan(choice, 2);
        }
        add(form);
        Button save = new Button(getTranslation("conflict.save"), e -> {
            Set<String> keepTheirs = new HashSet<>();
            choices.forEach((field, choice) -> {
                if (THEIRS.equals(choice.getValue())) {
                    keepTheirs.add(field);
                }
            });
            close();
            onResolve.accept(keepTheirs);
        });
        save.setId("conflict-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private String show(String value) {
        return value.isBlank() ? getTranslation("conflict.empty") : value;
    }
}
