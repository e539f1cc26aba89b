package com.headpin.forecast.ui;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.headpin.KaribuTest;
import com.headpin.TestSessions;
import com.headpin.forecast.QuotaBoard;
import com.headpin.forecast.QuotaInput;
import com.headpin.forecast.QuotaService;
import com.headpin.security.HeadpinUserPrincipal;
import com.headpin.shared.ui.chart.Chart;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.headpin.shared.ui.AmountField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The quotas page: a team's manager edits a rep's quota in the dialog (next fiscal year, which the demo leaves
 * empty), a rep reads their own without buttons, and another manager's save shows on an open page.
 */
class QuotasViewTest extends KaribuTest {

    @Autowired QuotaService quotas;
    @Autowired UserDetailsService users;

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    @Test
    void aManagerSetsARepsQuotaInTheDialogAndTheTreeShowsIt() {
        openAs("manager", Locale.ENGLISH);
        navigate("forecast/quotas");
        _assertOne(QuotasView.class);
        int next = nextYear();
        long rep = id("rep");
        assertThat(rowButton(id("manager"), "edit-quota-rep-")).as("no button for the manager's own quota").isEmpty();
        _click(rowButton(rep, "edit-quota-rep-").orElseThrow());
        _get(AmountField.class, spec -> spec.withId("quota-yearly")).setValue(new BigDecimal("2400000"));
        assertThat(_get(AmountField.class, spec -> spec.withId("quota-month-12")).getValue())
                .isEqualByComparingTo("200000.00");
        _click(_get(Button.class, spec -> spec.withId("save-quota")));
        _assertNone(QuotaDialog.class);

        assertThat(shownYearly(rep)).isEqualByComparingTo("2400000.00");
        assertThat(TestSessions.as(users, "rep", () -> quotas.board(next)).rep(rep).orElseThrow().quota())
                .satisfies(q -> assertThat(q.quarters().getFirst()).isEqualByComparingTo("600000.00"));
        assertThat(_get(AttainmentChart.class).chart().getOption().get("series").size()).isEqualTo(3);
    }

    @Test
    void aRepReadsTheirOwnQuotaWithoutButtonsAndSeesAManagersSaveLive() {
        long rep2 = id("rep2");
        openAs("rep2", Locale.SIMPLIFIED_CHINESE);
        navigate("forecast/quotas");
        int next = nextYear();
        assertThat(rowButton(rep2, "edit-quota-rep-")).isEmpty();
        assertThat(_find(Chart.class)).hasSize(1);

        QuotaBoard board = TestSessions.as(users, "manager", () -> quotas.board(next));
        var current = board.rep(rep2).orElseThrow().quota();
        TestSessions.as(users, "manager", () -> quotas.setRepQuota(rep2, QuotaInput.even(next,
                current == null ? null : current.version(), new BigDecimal("3600000.00"))));

        await().atMost(Duration.ofSeconds(5)).pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(shownYearly(rep2)).isEqualByComparingTo("3600000.00");
        });
    }

    /** A button of the rep's row (grid cells are rendered lazily, so they are not in the UI tree). */
    @SuppressWarnings("unchecked")
    static java.util.Optional<Button> rowButton(long repId, String prefix) {
        TreeGrid<QuotaLine> grid = _get(TreeGrid.class, spec -> spec.withId("quota-tree"));
        int row = java.util.stream.IntStream.range(0, GridKt._size(grid))
                .filter(i -> GridKt._get(grid, i).rep() != null && GridKt._get(grid, i).rep().repId() == repId)
                .findFirst().orElseThrow();
        return GridKt._getCellComponent(grid, row, "actions").getChildren().filter(Button.class::isInstance)
                .map(Button.class::cast).filter(b -> b.getId().orElse("").equals(prefix + repId)).findFirst();
    }

    /** Switches the page to next fiscal year and returns it. */
    @SuppressWarnings("unchecked")
    private int nextYear() {
        Select<Integer> year = _get(Select.class, spec -> spec.withId("quota-year"));
        int next = year.getListDataView().getItems().mapToInt(Integer::intValue).max().orElseThrow();
        year.setValue(next);
        return next;
    }

    @SuppressWarnings("unchecked")
    private BigDecimal shownYearly(long repId) {
        TreeGrid<QuotaLine> grid = _get(TreeGrid.class, spec -> spec.withId("quota-tree"));
        List<QuotaLine> lines = ((TreeDataProvider<QuotaLine>) grid.getDataProvider()).getTreeData()
                .getRootItems().stream().flatMap(root -> flatten(grid, root).stream()).toList();
        return lines.stream().filter(line -> line.rep() != null && line.rep().repId() == repId).findFirst()
                .orElseThrow().rep().yearly();
    }

    @SuppressWarnings("unchecked")
    private List<QuotaLine> flatten(TreeGrid<QuotaLine> grid, QuotaLine line) {
        var data = ((TreeDataProvider<QuotaLine>) grid.getDataProvider()).getTreeData();
        List<QuotaLine> all = new java.util.ArrayList<>(List.of(line));
        data.getChildren(line).forEach(child -> all.addAll(flatten(grid, child)));
        return all;
    }

    private long id(String username) {
        return ((HeadpinUserPrincipal) users.loadUserByUsername(username)).userId();
    }
}
