package com.headpin.organisation.ui;

import java.util.Map;
import java.util.function.Consumer;

import com.headpin.organisation.OrgUnitSummary;
import com.headpin.organisation.UnitType;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.ui.FieldErrors;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

/** Asks for the name of a new company, region or team; the service decides whether it may go there. */
class NewUnitDialog extends Dialog {

    NewUnitDialog(UnitType type, @Nullable OrgUnitSummary parent, Consumer<String> create) {
        setHeaderTitle(getTranslation("org.new." + type.name().toLowerCase(java.util.Locale.ROOT)));
        TextField name = new TextField(getTranslation("org.name"));
        name.setId("unit-name");
        name.setWidthFull();
        if (parent != null) {
            name.setHelperText(getTranslation("org.new.under", parent.name()));
        }
        add(name);
        Button save = new Button(getTranslation("action.create"), e -> {
            try {
                create.accept(name.getValue());
                close();
            } catch (InvalidInputException invalid) {
                FieldErrors.show(invalid, Map.of("name", name));
            }
        });
        save.setId("save-unit");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
