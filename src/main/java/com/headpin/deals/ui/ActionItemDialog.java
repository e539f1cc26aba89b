package com.headpin.deals.ui;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import com.headpin.collaboration.ui.FormFields;
import com.headpin.collaboration.ui.LiveForm;
import com.headpin.collaboration.ui.LiveForms;
import com.headpin.deals.DealAction;
import com.headpin.deals.DealActionInput;
import com.headpin.deals.DealActionService;
import com.headpin.deals.DealTopics;
import com.headpin.security.UserSummary;
import com.headpin.shared.ActionItemEntity;
import com.headpin.shared.ActionStatus;
import com.headpin.shared.Dates;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.StaleDataException;
import com.headpin.shared.ui.DateField;
import com.headpin.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

/**
 * Adds or edits one action item of a deal. An existing item is a shared form: who else has it open, their saves
 * arriving live, and a save on a stale version shown field by field in the conflict dialog, then saved again.
 */
class ActionItemDialog extends Dialog {

    private final TextField text = new TextField();
    private final ComboBox<UserSummary> owner = new ComboBox<>();
    private final DateField due = new DateField();
    private final Select<ActionStatus> status = new Select<>();
    private final FormFields<DealAction> fields = new FormFields<>("action");

    /** {@code action} null: a new item, given to {@code defaultOwner} unless the user picks another. */
    ActionItemDialog(DealActionService actions, LiveForms liveForms, long dealId, @Nullable DealAction action,
                     List<UserSummary> owners, long defaultOwner, Consumer<DealAction> onSaved) {
        setHeaderTitle(getTranslation(action == null ? "deal.action.add" : "deal.action.edit"));
        setId("action-dialog");
        setWidth("min(40rem, 95vw)");
        text.setWidthFull();
        owner.setItems(owners);
        owner.setItemLabelGenerator(UserSummary::fullName);
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "" : getTranslation(s.labelKey()));
        fields.text("text", text, "plan.action", DealAction::text, ActionItemEntity.TITLE_MAX_LENGTH)
                .field("owner", owner, "plan.action-owner", a -> ownerOf(owners, a.ownerId()))
                .field("dueDate", due, "plan.due", DealAction::dueDate, d -> Dates.format(d, getLocale()))
                .field("status", status, "plan.status", DealAction::status);
        FormLayout form = new FormLayout(text, owner, due, status);
        form.setColspan(text, 2);
        add(form);

        Button save = new Button(getTranslation("action.save"));
        save.setId("save-action");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        if (action == null) {
            owner.setValue(ownerOf(owners, defaultOwner));
            status.setValue(ActionStatus.OPEN);
            save.addClickListener(e -> {
                if (fields.unreadableInput()) {
                    return;
                }
                try {
                    onSaved.accept(actions.save(dealId, null, input(0)));
                    close();
                } catch (InvalidInputException invalid) {
                    fields.showErrors(invalid);
                }
            });
            getFooter().add(cancel, save);
            return;
        }
        LiveForm<DealAction> shared = liveForms.open(this, DealTopics.DEAL_ACTION.topic(action.id()), fields,
                action, DealAction::version, () -> current(actions, dealId, action.id()));
        shared.onGone(() -> {
            Notifications.error("deal.action.gone");
            close();
        });
        getHeader().add(shared.avatars());
        save.addClickListener(e -> shared.save(version -> actions.save(dealId, action.id(), input(version)),
                saved -> {
                    onSaved.accept(saved);
                    close();
                }));
        Button delete = new Button(getTranslation("action.delete"), e -> {
            try {
                actions.delete(dealId, action.id(), action.version());
                close();
            } catch (StaleDataException stale) {
                Notifications.error("deal.action.stale");
            }
        });
        delete.setId("delete-action");
        delete.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        getFooter().add(delete, cancel, save);
    }

    /** Fields read-only, nothing to save: for whoever may see the deal but not change it. */
    void readOnly() {
        fields.readOnly();
        getFooter().removeAll();
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    private DealActionInput input(long version) {
        return new DealActionInput(version, text.getValue(), owner.getValue() == null ? -1 : owner.getValue().id(),
                due.getValue(), status.getValue());
    }

    static Optional<DealAction> current(DealActionService actions, long dealId, long actionId) {
        return actions.actions(dealId).stream().filter(a -> a.id() == actionId).findFirst();
    }

    /** The owner among those offered; one who may no longer see the deal is not, and must be replaced. */
    private static @Nullable UserSummary ownerOf(List<UserSummary> owners, long id) {
        return owners.stream().filter(u -> Objects.equals(u.id(), id)).findFirst().orElse(null);
    }
}
