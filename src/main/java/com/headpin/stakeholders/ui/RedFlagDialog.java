package com.headpin.stakeholders.ui;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.headpin.collaboration.ui.FormFields;
import com.headpin.collaboration.ui.LiveForm;
import com.headpin.collaboration.ui.LiveForms;
import com.headpin.security.UserSummary;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.StaleDataException;
import com.headpin.shared.ui.Notifications;
import com.headpin.stakeholders.FlagCategory;
import com.headpin.stakeholders.FlagKind;
import com.headpin.stakeholders.RedFlagInput;
import com.headpin.stakeholders.RedFlagRow;
import com.headpin.stakeholders.RedFlagService;
import com.headpin.stakeholders.internal.RedFlag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.jspecify.annotations.Nullable;

/**
 * Adds or edits one manual red flag or strength. An existing one is a shared form: who else has it open, their saves
 * arriving live, and a save on a stale version shown field by field in the conflict dialog, then saved again.
 */
class RedFlagDialog extends Dialog {

    private final Select<FlagCategory> category = new Select<>();
    private final TextArea text = new TextArea();
    private final ComboBox<UserSummary> owner = new ComboBox<>();
    private final FormFields<RedFlagRow> fields = new FormFields<>("redflag");

    /** {@code flag} null: a new one of {@code kind}, owned by {@code defaultOwner} unless the user picks another. */
    RedFlagDialog(RedFlagService flags, LiveForms liveForms, long dealId, FlagKind kind, @Nullable RedFlagRow flag,
                  List<UserSummary> owners, long defaultOwner, boolean mayEdit, Runnable onSaved) {
        setHeaderTitle(getTranslation(kind == FlagKind.FLAG ? "redflag.add-flag" : "redflag.add-strength"));
        if (flag != null) {
            setHeaderTitle(getTranslation(kind.labelKey()));
        }
        setId("redflag-dialog");
        setWidth("min(40rem, 95vw)");
        category.setItems(FlagCategory.of(kind));
        category.setItemLabelGenerator(c -> c == null ? "" : getTranslation(c.labelKey()));
        text.setWidthFull();
        owner.setItems(owners);
        owner.setItemLabelGenerator(UserSummary::fullName);
        fields.field("category", category, "redflag.category", RedFlagRow::category)
                .text("text", text, "redflag.text", RedFlagRow::text, RedFlag.TEXT_MAX_LENGTH)
                .field("owner", owner, kind == FlagKind.FLAG ? "redflag.owner" : "redflag.owner.strength",
                        r -> ownerOf(owners, r.ownerId()));
        FormLayout form = new FormLayout(category, owner, text);
        form.setColspan(text, 2);
        add(form);

        Button save = new Button(getTranslation("action.save"));
        save.setId("save-redflag");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        if (flag == null) {
            owner.setValue(ownerOf(owners, defaultOwner));
            save.addClickListener(e -> {
                try {
                    flags.raise(dealId, kind, input(0));
                    close();
                    onSaved.run();
                } catch (InvalidInputException invalid) {
                    fields.showErrors(invalid);
                }
            });
            getFooter().add(cancel, save);
            return;
        }
        LiveForm<RedFlagRow> shared = liveForms.open(this, RedFlagService.RED_FLAG.topic(flag.id()), fields, flag,
                RedFlagRow::version, () -> current(flags, dealId, flag.id()));
        shared.onGone(() -> {
            Notifications.error("redflag.not-found");
            close();
        });
        getHeader().add(shared.avatars());
        if (!mayEdit) {
            fields.readOnly();
            getFooter().add(new Button(getTranslation("action.close"), e -> close()));
            return;
        }
        save.addClickListener(e -> shared.save(version -> flags.edit(dealId, flag.id(), input(version)),
                saved -> {
                    close();
                    onSaved.run();
                }));
        Button delete = new Button(getTranslation("redflag.delete"), e -> {
            try {
                flags.delete(dealId, flag.id(), flag.version());
                close();
                onSaved.run();
            } catch (StaleDataException stale) {
                Notifications.error("redflag.stale");
            }
        });
        delete.setId("delete-redflag");
        delete.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        getFooter().add(delete, cancel, save);
    }

    private RedFlagInput input(long version) {
        return new RedFlagInput(version, category.getValue(), text.getValue(),
                owner.getValue() == null ? -1 : owner.getValue().id());
    }

    static Optional<RedFlagRow> current(RedFlagService flags, long dealId, long flagId) {
        var all = flags.flags(dealId);
        return java.util.stream.Stream.concat(all.flags().stream(), all.strengths().stream())
                .filter(f -> f.id() == flagId).findFirst();
    }

    /** The owner among those offered; one who may no longer see the deal is not, and must be replaced. */
    private static @Nullable UserSummary ownerOf(List<UserSummary> owners, long id) {
        return owners.stream().filter(u -> Objects.equals(u.id(), id)).findFirst().orElse(null);
    }
}
