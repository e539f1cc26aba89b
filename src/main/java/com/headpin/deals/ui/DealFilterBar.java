package com.headpin.deals.ui;

import java.util.List;
import java.util.Optional;

import com.headpin.accounts.Tier;
import com.headpin.deals.CloseQuarter;
import com.headpin.deals.DealBoardService;
import com.headpin.deals.DealFilter;
import com.headpin.deals.DealFilterOptions;
import com.headpin.deals.DealFilterOptions.Choice;
import com.headpin.deals.SavedDealFilter;
import com.headpin.shared.StaleDataException;
import com.headpin.shared.ui.Notifications;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import org.jspecify.annotations.Nullable;

/**
 * The filters the board and the deal list share — owner, team, region, close quarter, account tier — offering only
 * what the user may see, and saved for the user whenever one changes, so both screens open as they were left.
 */
class DealFilterBar extends Composite<FlexLayout> {

    private final DealBoardService board;
    private final Runnable onChange;
    private final ComboBox<Choice> owner = new ComboBox<>();
    private final ComboBox<Choice> team = new ComboBox<>();
    private final ComboBox<Choice> region = new ComboBox<>();
    private final Select<CloseQuarter> quarter = new Select<>();
    private final Select<Tier> tier = new Select<>();
    private final DealFilterOptions options;
    private SavedDealFilter saved;
    private boolean showing;

    DealFilterBar(DealBoardService board, Runnable onChange) {
        this.board = board;
        this.onChange = onChange;
        this.options = board.filterOptions();
        choices(owner, "deal-filter-owner", "deal.owner", options.owners());
        owner.setPlaceholder(getTranslation("deals.everyone"));
        choices(team, "deal-filter-team", "deal.team", options.teams());
        choices(region, "deal-filter-region", "deal.region", options.regions());
        quarter.setId("deal-filter-quarter");
        quarter.setLabel(getTranslation("deal-filters.quarter"));
        quarter.setItems(options.quarters());
        quarter.setEmptySelectionAllowed(true);
        quarter.setEmptySelectionCaption(getTranslation("filter.any"));
        quarter.setItemLabelGenerator(q -> q == null ? getTranslation("filter.any")
                : getTranslation("deal-filters.quarter.label", String.valueOf(q.fiscalYear()), q.quarter()));
        tier.setId("deal-filter-tier");
        tier.setLabel(getTranslation("deal-filters.tier"));
        tier.setItems(Tier.values());
        tier.setEmptySelectionAllowed(true);
        tier.setEmptySelectionCaption(getTranslation("filter.any"));
        tier.setItemLabelGenerator(t -> t == null ? getTranslation("filter.any") : getTranslation(t.labelKey()));
        FlexLayout layout = getContent();
        layout.addClassNames("filter-bar", "deal-filters");
        layout.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        layout.add(owner, team, region, quarter, tier);
        show(board.savedFilter());
        List.<HasValue<?, ?>>of(owner, team, region, quarter, tier)
                .forEach(field -> field.addValueChangeListener(e -> changed()));
    }

    /** The shared criteria as chosen now. */
    DealFilter filter() {
        return new DealFilter("", id(owner), null, null, null, id(team), id(region), quarter.getValue(),
                tier.getValue());
    }

    private void changed() {
        if (showing) {
            return;
        }
        try {
            saved = board.saveFilter(saved.version(), filter());
        } catch (StaleDataException stale) {
            // Another window of the same user saved other filters meanwhile: show theirs rather than overwrite.
            Notifications.error("deal-filters.changed-elsewhere");
            show(board.savedFilter());
        }
        onChange.run();
    }

    private void show(SavedDealFilter filter) {
        saved = filter;
        showing = true;
        try {
            DealFilter shown = filter.filter();
            owner.setValue(find(options.owners(), shown.ownerId()));
            team.setValue(find(options.teams(), shown.teamId()));
            region.setValue(find(options.regions(), shown.regionId()));
            CloseQuarter closing = shown.closeQuarter();
            quarter.setValue(closing != null && options.quarters().contains(closing) ? closing : null);
            tier.setValue(shown.tier());
        } finally {
            showing = false;
        }
    }

    private void choices(ComboBox<Choice> field, String id, String labelKey, List<Choice> items) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setItems(items);
        field.setItemLabelGenerator(Choice::name);
        field.setClearButtonVisible(true);
        field.setPlaceholder(getTranslation("filter.any"));
    }

    private static @Nullable Choice find(List<Choice> items, @Nullable Long id) {
        return id == null ? null : items.stream().filter(c -> c.id() == id).findFirst().orElse(null);
    }

    private static @Nullable Long id(ComboBox<Choice> field) {
        return Optional.ofNullable(field.getValue()).map(Choice::id).orElse(null);
    }
}
