package com.headpin.workspace.ui;

import java.util.List;

import com.headpin.KaribuTest;
import com.headpin.accounts.AccountSummary;
import com.headpin.deals.DealSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** A rep on a phone (390 px): filters folded behind one button, lists down to what fits, the top bar's title kept. */
class PhoneLayoutTest extends KaribuTest {

    @Test
    @SuppressWarnings("unchecked")
    void onAPhoneTheAccountListShowsNameTierAndPotentialWithTheFiltersFolded() {
        openAs("rep");
        phoneWide();
        navigate("accounts");

        Grid<AccountSummary> grid = _get(Grid.class, spec -> spec.withId("accounts-grid"));
        assertThat(visibleHeaders(grid)).hasSize(3);
        // The search stays in view; the other filters sit behind the button, unfolded by it.
        FlexLayout bar = _get(FlexLayout.class, spec -> spec.withId("account-filters"));
        assertThat(_get(TextField.class, spec -> spec.withId("account-search")).getParent()).contains(bar);
        Select<?> tier = _get(Select.class, spec -> spec.withId("filter-tier"));
        assertThat(tier.getParent().flatMap(Component::getParent)).contains(bar);
        assertThat(bar.hasClassName("filters-open")).isFalse();
        _click(_get(Button.class, spec -> spec.withId("account-filters-toggle")));
        assertThat(bar.hasClassName("filters-open")).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void onAPhoneTheDealListShowsNameStageAndAmount() {
        openAs("rep");
        phoneWide();
        navigate("deals");

        Grid<DealSummary> grid = _get(Grid.class, spec -> spec.withId("deals-grid"));
        assertThat(visibleHeaders(grid)).hasSize(3);
    }

    @Test
    @SuppressWarnings("unchecked")
    void onAWideScreenEveryColumnShows() {
        openAs("rep");
        navigate("accounts");
        Grid<AccountSummary> grid = _get(Grid.class, spec -> spec.withId("accounts-grid"));
        assertThat(visibleHeaders(grid)).hasSize(7);
    }

    private static List<String> visibleHeaders(Grid<?> grid) {
        return grid.getColumns().stream().filter(Component::isVisible).map(c -> String.valueOf(c.getHeaderText()))
                .toList();
    }

    /** What the browser of a 390 px wide phone reports at start. */
    private static void phoneWide() {
        UI ui = UI.getCurrent();
        ui.getInternals().setExtendedClientDetails(new ExtendedClientDetails(ui, "390", "844", "390", "844", "390",
                "844", "-480", "Asia/Shanghai", "-480", "0", "false", "2026-12-02", "true", "3", null, "iPhone",
                null, null));
    }
}
