package com.headpin.stakeholders.ui;

import java.util.Optional;

import com.headpin.collaboration.ui.FormFields;
import com.headpin.collaboration.ui.LiveForm;
import com.headpin.collaboration.ui.LiveForms;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.ui.Notifications;
import com.headpin.stakeholders.StakeholderTopics;
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

/**
 * Adds a standard win result or renames one in both languages, sets its kind, and (de)activates it. An existing
 * entry is a shared form: another director's save arrives live, and a save on an older version asks where both
 * changed something, keeping what this user typed.
 */
class WinResultDialog extends Dialog {

    private final TextField english = new TextField();
    private final TextField chinese = new TextField();
    private final Select<WinResultKind> kind = new Select<>();
    private final Checkbox active = new Checkbox(getTranslation("win-result.active"));

    WinResultDialog(WinResultCatalogService catalog, LiveForms liveForms, @Nullable StandardWinResult entry,
                    Runnable onSaved) {
        setHeaderTitle(getTranslation(entry == null ? "win-result.new" : "win-result.edit"));
        setWidth("min(36rem, 95vw)");
        kind.setItems(WinResultKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        FormFields<StandardWinResult> fields = new FormFields<StandardWinResult>("win-result")
                .text("labelEn", english, "win-result.label-en", StandardWinResult::labelEn,
                        WinResultCatalogService.LABEL_MAX_LENGTH)
                .text("labelZh", chinese, "win-result.label-zh", StandardWinResult::labelZh,
                        WinResultCatalogService.LABEL_MAX_LENGTH)
                .field("kind", kind, "win-result.kind", StandardWinResult::kind)
                .field("active", active, "win-result.active", StandardWinResult::active,
                        on -> getTranslation(on ? "win-result.active" : "win-result.inactive"));
        english.setId("win-result-label-en");
        chinese.setId("win-result-label-zh");
        kind.setId("win-result-kind");
        active.setId("win-result-active");
        add(new FormLayout(english, chinese, kind, active));
        Button save = new Button(getTranslation("action.save"));
        if (entry == null) {
            kind.setValue(WinResultKind.PERSONAL);
            active.setValue(true);
            save.addClickListener(e -> {
                try {
                    catalog.save(null, input(0));
                } catch (InvalidInputException invalid) {
                    fields.showErrors(invalid);
                    return;
                }
                saved(onSaved);
            });
        } else {
            LiveForm<StandardWinResult> shared = liveForms.open(this, StakeholderTopics.WIN_RESULT.topic(entry.id()),
                    fields, entry, StandardWinResult::version, () -> find(catalog, entry.id()));
            getHeader().add(shared.avatars());
            save.addClickListener(e -> shared.save(version -> catalog.save(entry.id(), input(version)),
                    done -> saved(onSaved)));
        }
        save.setId("save-win-result");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    private StandardWinResultInput input(long version) {
        return new StandardWinResultInput(version, english.getValue(), chinese.getValue(), kind.getValue(),
                active.getValue());
    }

    private void saved(Runnable onSaved) {
        Notifications.success("win-result.saved");
        onSaved.run();
        close();
    }

    private static Optional<StandardWinResult> find(WinResultCatalogService catalog, long id) {
        return catalog.list().stream().filter(entry -> entry.id() == id).findFirst();
    }
}
