package com.headpin.accountplans.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.headpin.accountplans.ActionInput;
import com.headpin.shared.ActionStatus;
import com.headpin.accountplans.ActionRow;
import com.headpin.accounts.ContactDetails;
import com.headpin.accounts.ContactService;
import com.headpin.accountplans.GoalInput;
import com.headpin.accountplans.GoalRow;
import com.headpin.accountplans.PlanDetails;
import com.headpin.accountplans.PlanItemService;
import com.headpin.accountplans.RelationshipRow;
import com.headpin.security.CurrentUser;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import com.headpin.shared.Dates;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.StaleDataException;
import com.headpin.shared.ui.DateField;
import com.headpin.shared.ui.FieldErrors;
import com.headpin.shared.ui.Notifications;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

/**
 * Goals with measures and targets, action items (overdue ones highlighted) and the relationship plan; unless
 * {@code editable}, only listed (nothing opens, adds or removes).
 */
class PlanItemsSection extends Composite<VerticalLayout> {

    private final PlanItemService planItems;
    private final ContactService contacts;
    private final CurrentUser currentUser;
    private final Grid<GoalRow> goals = new Grid<>();
    private final Grid<ActionRow> actions = new Grid<>();
    private final Grid<RelationshipRow> relationships = new Grid<>();
    private final List<UserSummary> users;
    private PlanDetails plan;

    PlanItemsSection(PlanItemService planItems, ContactService contacts, UserAccountService userAccounts,
                     CurrentUser currentUser, boolean editable) {
        this.planItems = planItems;
        this.contacts = contacts;
        this.currentUser = currentUser;
        this.users = userAccounts.activeUsers();
        goals.setId("plan-goals");
        goals.setAllRowsVisible(true);
        goals.addColumn(GoalRow::goal).setHeader(getTranslation("plan.goal")).setFlexGrow(2);
        goals.addColumn(g -> text(g.measure())).setHeader(getTranslation("plan.measure"));
        goals.addColumn(g -> text(g.target())).setHeader(getTranslation("plan.target"));
        goals.addColumn(g -> g.dueDate() == null ? "" : Dates.format(g.dueDate(), getLocale()))
                .setHeader(getTranslation("plan.due"));
        actions.setId("plan-actions");
        actions.setAllRowsVisible(true);
        actions.addColumn(ActionRow::title).setHeader(getTranslation("plan.action")).setFlexGrow(2);
        actions.addColumn(ActionRow::ownerName).setHeader(getTranslation("plan.action-owner"));
        actions.addColumn(a -> a.dueDate() == null ? "" : Dates.format(a.dueDate(), getLocale()))
                .setHeader(getTranslation("plan.due"));
        actions.addColumn(a -> getTranslation(a.status().labelKey())
                + (a.overdue() ? " · " + getTranslation("plan.overdue") : "")).setHeader(getTranslation("plan.status"));
        actions.setPartNameGenerator(a -> a.overdue() ? "overdue" : null);
        relationships.setId("plan-relationships");
        relationships.setAllRowsVisible(true);
        relationships.addColumn(RelationshipRow::contactName).setHeader(getTranslation("plan.contact"));
        relationships.addColumn(RelationshipRow::developerName).setHeader(getTranslation("plan.developer"));
        relationships.addColumn(r -> text(r.objective())).setHeader(getTranslation("plan.objective")).setFlexGrow(2);
        if (editable) {
            goals.addItemClickListener(e -> goalDialog(e.getItem()));
            actions.addItemClickListener(e -> actionDialog(e.getItem()));
            relationships.addComponentColumn(r -> {
                Button remove = new Button(VaadinIcon.TRASH.create(), e -> deleteOrWarn(
                        () -> planItems.deleteRelationship(plan.id(), r.id(), r.version())));
                remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.LUMO_ICON);
                remove.setAriaLabel(getTranslation("action.remove"));
                return remove;
            }).setAutoWidth(true);
        }

        Button addGoal = button("plan.add-goal", "plan-add-goal", () -> goalDialog(null));
        Button addAction = button("plan.add-action", "plan-add-action", () -> actionDialog(null));
        Button addRelationship = button("plan.add-relationship", "plan-add-relationship", this::relationshipDialog);
        List.of(addGoal, addAction, addRelationship).forEach(add -> add.setVisible(editable));
        getContent().setPadding(false);
        getContent().add(new H4(getTranslation("plan.goals")), goals, addGoal,
                new H4(getTranslation("plan.actions")), actions, addAction,
                new H4(getTranslation("plan.relationships")), relationships, addRelationship);
    }

    void show(PlanDetails details) {
        plan = details;
        goals.setItems(details.goals());
        actions.setItems(details.actions());
        relationships.setItems(details.relationships());
    }

    private void goalDialog(@Nullable GoalRow goal) {
        Dialog dialog = dialog(goal == null ? "plan.add-goal" : "plan.edit-goal");
        TextField text = field("plan.goal", "goal-text", goal == null ? "" : goal.goal());
        TextField measure = field("plan.measure", "goal-measure", goal == null ? "" : text(goal.measure()));
        TextField target = field("plan.target", "goal-target", goal == null ? "" : text(goal.target()));
        DateField due = date("goal-due", goal == null ? null : goal.dueDate());
        dialog.add(new FormLayout(text, measure, target, due));
        footer(dialog, "save-goal", () -> planItems.saveGoal(plan.id(), goal == null ? null : goal.id(),
                new GoalInput(goal == null ? 0 : goal.version(), text.getValue(), measure.getValue(),
                        target.getValue(), due.getValue())),
                Map.of("goal", text, "measure", measure, "target", target, "dueDate", due),
                goal == null ? null : () -> planItems.deleteGoal(plan.id(), goal.id(), goal.version()));
    }

    private void actionDialog(@Nullable ActionRow action) {
        Dialog dialog = dialog(action == null ? "plan.add-action" : "plan.edit-action");
        TextField title = field("plan.action", "action-title", action == null ? "" : action.title());
        ComboBox<UserSummary> owner = new ComboBox<>(getTranslation("plan.action-owner"));
        owner.setId("action-owner");
        owner.setItems(users);
        owner.setItemLabelGenerator(UserSummary::fullName);
        long ownerId = action == null ? currentUser.requireId() : action.ownerId();
        users.stream().filter(u -> u.id() == ownerId).findFirst().ifPresent(owner::setValue);
        DateField due = date("action-due", action == null ? null : action.dueDate());
        Select<ActionStatus> status = new Select<>();
        status.setLabel(getTranslation("plan.status"));
        status.setId("action-status");
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "" : getTranslation(s.labelKey()));
        status.setValue(action == null ? ActionStatus.OPEN : action.status());
        dialog.add(new FormLayout(title, owner, due, status));
        footer(dialog, "save-action", () -> planItems.saveAction(plan.id(), action == null ? null : action.id(),
                new ActionInput(action == null ? 0 : action.version(), title.getValue(),
                        owner.getValue() == null ? -1 : owner.getValue().id(), due.getValue(), status.getValue())),
                Map.of("title", title, "owner", owner, "dueDate", due, "status", status),
                action == null ? null : () -> planItems.deleteAction(plan.id(), action.id(),
                        action.version()));
    }

    private void relationshipDialog() {
        Dialog dialog = dialog("plan.add-relationship");
        ComboBox<ContactDetails> contact = new ComboBox<>(getTranslation("plan.contact"));
        contact.setId("relationship-contact");
        contact.setItems(contacts.list(plan.accountId()));
        contact.setItemLabelGenerator(c -> c.title() == null ? c.name() : c.name() + " · " + c.title());
        ComboBox<UserSummary> developer = new ComboBox<>(getTranslation("plan.developer"));
        developer.setId("relationship-developer");
        developer.setItems(users);
        developer.setItemLabelGenerator(UserSummary::fullName);
        TextField objective = field("plan.objective", "relationship-objective", "");
        dialog.add(new FormLayout(contact, developer, objective));
        footer(dialog, "save-relationship", () -> planItems.addRelationship(plan.id(),
                contact.getValue() == null ? -1 : contact.getValue().id(),
                developer.getValue() == null ? -1 : developer.getValue().id(), objective.getValue()),
                Map.of("contact", contact, "developer", developer, "objective", objective), null);
    }

    private void footer(Dialog dialog, String saveId, Runnable save,
                        Map<String, ? extends com.vaadin.flow.component.HasValidation> fields,
                        @Nullable Runnable delete) {
        Button saveButton = new Button(getTranslation("action.save"), e -> {
            if (DateField.unreadable(fields.values())) {
                return;
            }
            try {
                save.run();
            } catch (InvalidInputException invalid) {
                FieldErrors.show(invalid, fields);
                return;
            } catch (StaleDataException stale) {
                Notifications.error("plan.stale");
            }
            dialog.close();
        });
        saveButton.setId(saveId);
        saveButton.addThemeVariants(ButtonVariant.PRIMARY);
        if (delete != null) {
            Button deleteButton = new Button(getTranslation("action.delete"), e -> {
                deleteOrWarn(delete);
                dialog.close();
            });
            deleteButton.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            dialog.getFooter().add(deleteButton);
        }
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), saveButton);
        dialog.open();
    }

    /** Someone changed the item since this user saw it: nothing is deleted, and the user is told. */
    private static void deleteOrWarn(Runnable delete) {
        try {
            delete.run();
        } catch (StaleDataException stale) {
            Notifications.error("plan.stale");
        }
    }

    private Dialog dialog(String titleKey) {
        Dialog dialog = new Dialog(getTranslation(titleKey));
        dialog.setWidth("min(40rem, 95vw)");
        return dialog;
    }

    private TextField field(String labelKey, String id, String value) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setValue(value);
        field.setWidthFull();
        return field;
    }

    private DateField date(String id, @Nullable LocalDate value) {
        DateField picker = new DateField(getTranslation("plan.due"));
        picker.setId(id);
        picker.setValue(value);
        return picker;
    }

    private Button button(String key, String id, Runnable action) {
        Button button = new Button(getTranslation(key), VaadinIcon.PLUS.create(), e -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.TERTIARY);
        return button;
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
