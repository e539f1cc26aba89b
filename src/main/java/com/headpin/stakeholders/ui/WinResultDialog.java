package com.headpin.stakeholders.ui;

import java.util.Map;

import com.headpin.shared.InvalidInputException;
import com.headpin.shared.StaleDataException;
import com.headpin.shared.ui.FieldErrors;
import com.headpin.shared.ui.Notifications;
import com.headpin.stakeholders.StandardWinResult;
import com.headpin.stakeholders.StandardWinResultInput;
import com.headpin.stakeholders.WinResultCatalogService;
import com.headpin.stakeholders.WinResultKind;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

/** Adds a standard win result or renames one in both languages, sets its kind, and (de)activates it. */
class WinResultDialog extends Dialog {

    WinResultDialog(WinResultCatalogService catalog, @Nullable StandardWinResult entry) {
        setHeaderTitle(getTranslation(entry == null ? "win-result.new" : "win-result.edit"));
        setWidth("min(36rem, 95vw)");
        TextField english = new TextField(getTranslation("win-result.label-en"));
        english.setId("win-result-label-en");
        english.setMaxLength(WinResultCatalogService.LABEL_MAX_LENGTH);
        TextField chinese = new TextField(getTranslation("win-result.label-zh"));
        chinese.setId("win-result-label-zh");
        chinese.setMaxLength(WinResultCatalogService.LABEL_MAX_LENGTH);
        Select<WinResultKind> kind = new Select<>();
        kind.setLabel(getTranslation("win-result.kind"));
        kind.setId("win-result-kind");
        kind.setItems(WinResultKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        Checkbox active = new Checkbox(getTranslation("win-result.active"));
        active.setId("win-result-active");
        english.setValue(entry == null ? "" : entry.labelEn());
        chinese.setValue(entry == null ? "" : entry.labelZh());
        kind.setValue(entry == null ? WinResultKind.PERSONAL : entry.kind());
        active.setValue(entry == null || entry.active());
        add(new FormLayout(english, chinese, kind, active));
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                catalog.save(entry == null ? null : entry.id(), new StandardWinResultInput(
                        entry == null ? 0 : entry.version(), english.getValue(), chinese.getValue(), kind.getValue(),
                        active.getValue()));
                Notifications.success("win-result.saved");
            } catch (InvalidInputException invalid) {
                FieldErrors.show(invalid, Map.of("labelEn", english, "labelZh", chinese, "kind", kind));
                return;
            } catch (StaleDataException stale) {
                Notifications.error("win-result.stale");
            }
            close();
        });
        save.setId("save-win-result");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }
}
