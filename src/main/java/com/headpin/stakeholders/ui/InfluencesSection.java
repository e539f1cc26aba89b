package com.headpin.stakeholders.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.headpin.collaboration.LiveUpdates;
import com.headpin.collaboration.ui.LiveForms;
import com.headpin.shared.Dates;
import com.headpin.stakeholders.Attitude;
import com.headpin.stakeholders.BuyingInfluenceService;
import com.headpin.stakeholders.Coverage;
import com.headpin.stakeholders.InfluenceRole;
import com.headpin.stakeholders.InfluenceRow;
import com.headpin.stakeholders.PersonalWinResult;
import com.headpin.stakeholders.WinResultService;
import com.headpin.stakeholders.StakeholderTopics;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.ListDataProvider;
import org.jspecify.annotations.Nullable;

/**
 * A deal's buying influences: who, in which roles, how much they weigh, for or against us, how sure we are, and who
 * on our side covers them (uncovered, or not met for the sales process's days without contact, marked). Follows the deal's people, so
 * everyone with the page open sees changes at once; editors add, open to change and remove.
 */
class InfluencesSection extends Composite<VerticalLayout> {

    private final BuyingInfluenceService influences;
    private final WinResultService winResults;
    private Map<Long, List<PersonalWinResult>> wins = Map.of();
    private final LiveForms liveForms;
    private final long dealId;
    private final boolean mayEdit;
    private final Grid<InfluenceRow> grid = new Grid<>();
    private final List<InfluenceRow> rows = new ArrayList<>();
    private final ListDataProvider<InfluenceRow> data = new ListDataProvider<>(rows) {
        @Override
        public Object getId(InfluenceRow item) {
            return item.id();
        }
    };

    InfluencesSection(BuyingInfluenceService influences, WinResultService winResults, LiveUpdates liveUpdates,
                      LiveForms liveForms, long dealId) {
        this.influences = influences;
        this.winResults = winResults;
        this.liveForms = liveForms;
        this.dealId = dealId;
        this.mayEdit = influences.mayEdit(dealId);
        grid.setId("deal-influences");
        grid.setAllRowsVisible(true);
        // The deal page's main column is narrow: cells wrap instead of cutting names and coverage off.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setItems(data);
        grid.addComponentColumn(this::person).setHeader(getTranslation("influence.person")).setFlexGrow(2)
                .setKey("person");
        grid.addComponentColumn(this::roles).setHeader(getTranslation("influence.roles")).setFlexGrow(2)
                .setKey("roles");
        grid.addColumn(row -> row.influence() == null ? "" : getTranslation(row.influence().labelKey()))
                .setHeader(getTranslation("influence.influence")).setKey("influence").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::attitude).setHeader(getTranslation("influence.attitude")).setKey("attitude")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.certainty() == null ? "" : getTranslation(row.certainty().labelKey()))
                .setHeader(getTranslation("influence.certainty")).setKey("certainty").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(row -> coverage(row.coverage())).setHeader(getTranslation("influence.coverage"))
                .setFlexGrow(2).setKey("coverage");
        grid.addComponentColumn(this::winResults).setHeader(getTranslation("influence.win-results"))
                .setFlexGrow(2).setKey("winResults");
        grid.addItemClickListener(e -> open(e.getItem()));
        Button add = new Button(getTranslation("influence.add"), VaadinIcon.PLUS.create(), e -> open(null));
        add.setId("influence-add");
        add.addThemeVariants(ButtonVariant.TERTIARY);
        add.setVisible(mayEdit);
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.setSpacing(false);
        layout.add(grid, add);
        liveUpdates.subscribe(this, StakeholderTopics.ofDeal(dealId), changes -> {
            if (changes.stream().anyMatch(change -> change.is(StakeholderTopics.INFLUENCE)
                    || change.is(StakeholderTopics.PERSONAL_WIN_RESULT))) {
                refresh();
            }
        });
        refresh();
    }

    /** Reads the influences again; names, titles and coverage come from other records, so every row is redrawn. */
    void refresh() {
        rows.clear();
        rows.addAll(influences.list(dealId));
        wins = winResults.winResultsByInfluence(dealId);
        data.refreshAll();
    }

    private Component person(InfluenceRow row) {
        Div person = new Div(new Div(row.contactName()));
        person.addClassName("influence-person");
        if (row.contactTitle() != null) {
            Div title = new Div(row.contactTitle());
            title.getStyle().set("color", "var(--lumo-secondary-text-color)")
                    .set("font-size", "var(--lumo-font-size-s)");
            person.add(title);
        }
        return person;
    }

    private Component roles(InfluenceRow row) {
        Div badges = new Div();
        badges.addClassName("influence-roles");
        badges.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
        for (InfluenceRole role : InfluenceRole.values()) {
            if (row.has(role)) {
                Span badge = badge(getTranslation(role.labelKey()), role == InfluenceRole.COACH ? "success" : "");
                badge.addClassName("influence-role");
                badge.getElement().setAttribute("data-role", role.name());
                badges.add(badge);
            }
        }
        return badges;
    }

    /** Their personal win results as the exercise sorted them (the exercise tab is where they are changed). */
    private Component winResults(InfluenceRow row) {
        Div chips = new Div();
        chips.addClassName("influence-win-results");
        chips.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
        wins.getOrDefault(row.id(), List.of()).forEach(win -> chips.add(badge(win.label(getLocale()), "contrast")));
        return chips;
    }

    private Component attitude(InfluenceRow row) {
        Attitude attitude = row.attitude();
        if (attitude == null) {
            return new Span();
        }
        Span badge = badge(getTranslation(attitude.labelKey()), switch (attitude) {
            case SUPPORTER -> "success";
            case NEUTRAL -> "contrast";
            case SCEPTIC -> "warning";
            case OPPONENT -> "error primary";
        });
        badge.addClassName("influence-attitude");
        return badge;
    }

    /** Relationship owner, last contact with its date, and the gaps: nobody covers them, or not met for a month. */
    private Component coverage(Coverage coverage) {
        Div cell = new Div();
        cell.addClassName("influence-coverage");
        cell.getStyle().set("font-size", "var(--lumo-font-size-s)");
        if (coverage.ownerName() != null) {
            cell.add(new Div(getTranslation("influence.coverage.owner", coverage.ownerName())));
        }
        LocalDate last = coverage.lastContactDate();
        if (last != null) {
            String date = Dates.format(last, getLocale());
            cell.add(new Div(coverage.lastContactByName() == null ? getTranslation("influence.coverage.last", date)
                    : getTranslation("influence.coverage.last-by", date, coverage.lastContactByName())));
        }
        if (coverage.uncovered()) {
            cell.add(flag("influence.coverage.none", "influence-uncovered", coverage.gapDays()));
        } else if (coverage.noRecentContact()) {
            cell.add(flag("influence.coverage.stale", "influence-stale", coverage.gapDays()));
        }
        return cell;
    }

    private Span flag(String key, String className, int gapDays) {
        Span flag = badge(getTranslation(key, gapDays), "error");
        flag.addClassName(className);
        return flag;
    }

    private static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(("badge small " + theme).strip());
        // Long role names ("Technical gatekeeper") wrap in the narrow column rather than being cut.
        badge.getStyle().set("white-space", "normal");
        return badge;
    }

    private void open(@Nullable InfluenceRow row) {
        InfluenceDialog dialog = new InfluenceDialog(influences, liveForms, dealId, row, saved -> refresh());
        if (!mayEdit) {
            dialog.readOnly();
        }
        dialog.open();
    }
}
