package com.headpin.deals.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.headpin.collaboration.LiveUpdates;
import com.headpin.collaboration.ui.LiveForms;
import com.headpin.deals.DealAction;
import com.headpin.deals.DealActionInput;
import com.headpin.deals.DealActionService;
import com.headpin.deals.DealTopics;
import com.headpin.security.CurrentUser;
import com.headpin.shared.ActionStatus;
import com.headpin.shared.Dates;
import com.headpin.shared.StaleDataException;
import com.headpin.shared.ui.Notifications;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.ListDataProvider;
import org.jspecify.annotations.Nullable;

/**
 * The deal's action items: what, who, by when, how far; overdue ones marked. Editors add one, open one to change or
 * delete it, and tick one done in the list. Follows the deal, so everyone with the page open sees changes at once.
 */
class ActionItemsSection extends Composite<VerticalLayout> {

    private final DealActionService actions;
    private final LiveForms liveForms;
    private final CurrentUser currentUser;
    private final long dealId;
    private final boolean mayEdit;
    private final Grid<DealAction> grid = new Grid<>();
    private final List<DealAction> rows = new ArrayList<>();
    private final ListDataProvider<DealAction> data = new ListDataProvider<>(rows) {
        @Override
        public Object getId(DealAction item) {
            return item.id();
        }
    };

    ActionItemsSection(DealActionService actions, LiveUpdates liveUpdates, LiveForms liveForms,
                       CurrentUser currentUser, long dealId, boolean mayEdit) {
        this.actions = actions;
        this.liveForms = liveForms;
        this.currentUser = currentUser;
        this.dealId = dealId;
        this.mayEdit = mayEdit;
        grid.setId("deal-actions");
        grid.setAllRowsVisible(true);
        grid.setItems(data);
        if (mayEdit) {
            grid.addComponentColumn(this::doneBox).setKey("done").setAutoWidth(true).setFlexGrow(0);
        }
        grid.addColumn(DealAction::text).setHeader(getTranslation("plan.action")).setFlexGrow(3);
        grid.addColumn(DealAction::ownerName).setHeader(getTranslation("plan.action-owner"));
        grid.addColumn(a -> a.dueDate() == null ? "" : Dates.format(a.dueDate(), getLocale()))
                .setHeader(getTranslation("plan.due"));
        grid.addColumn(a -> getTranslation(a.status().labelKey())
                        + (a.overdue() ? " · " + getTranslation("plan.overdue") : ""))
                .setHeader(getTranslation("plan.status"));
        grid.setPartNameGenerator(a -> a.overdue() ? "overdue" : null);
        grid.addItemClickListener(e -> open(e.getItem()));
        Button add = new Button(getTranslation("deal.action.add"), VaadinIcon.PLUS.create(), e -> open(null));
        add.setId("deal-action-add");
        add.addThemeVariants(ButtonVariant.TERTIARY);
        add.setVisible(mayEdit);
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.setSpacing(false);
        layout.addClassName("deal-section");
        layout.add(new H3(getTranslation("plan.actions")), grid, add);
        liveUpdates.subscribe(this, DealTopics.DEAL.topic(dealId), changes -> {
            if (changes.stream().anyMatch(change -> change.is(DealTopics.DEAL_ACTION))) {
                refresh();
            }
        });
        refresh();
    }

    /** Reads the items again: rows that came or went redraw the list, changed ones only themselves. */
    void refresh() {
        List<DealAction> fresh = actions.actions(dealId);
        boolean sameRows = fresh.stream().map(DealAction::id).toList()
                .equals(rows.stream().map(DealAction::id).toList());
        Map<Long, DealAction> before = rows.stream().collect(Collectors.toMap(DealAction::id, Function.identity()));
        rows.clear();
        rows.addAll(fresh);
        if (sameRows) {
            fresh.stream().filter(a -> !a.equals(before.get(a.id()))).forEach(data::refreshItem);
        } else {
            data.refreshAll();
        }
    }

    private Checkbox doneBox(DealAction action) {
        Checkbox done = new Checkbox(action.status() == ActionStatus.DONE);
        done.setId("deal-action-done-" + action.id());
        done.setAriaLabel(getTranslation("action-status.done"));
        done.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            try {
                actions.save(dealId, action.id(), DealActionInput.from(action)
                        .withStatus(e.getValue() ? ActionStatus.DONE : ActionStatus.OPEN));
            } catch (StaleDataException stale) {
                Notifications.error("deal.action.stale");
            }
            refresh();
        });
        return done;
    }

    private void open(@Nullable DealAction action) {
        ActionItemDialog dialog = new ActionItemDialog(actions, liveForms, dealId, action, actions.owners(dealId),
                currentUser.requireId(), saved -> refresh());
        if (!mayEdit) {
            dialog.readOnly();
        }
        dialog.open();
    }
}
