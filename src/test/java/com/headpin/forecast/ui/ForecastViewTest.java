package com.headpin.forecast.ui;

import java.math.BigDecimal;
import java.time.Duration;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.headpin.KaribuTest;
import com.headpin.deals.DealDetails;
import com.headpin.deals.TestDeals;
import com.headpin.forecast.ForecastLine;
import com.headpin.forecast.PeriodKind;
import com.headpin.forecast.Periods;
import com.headpin.shared.Money;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.headpin.TypedAmounts;
import com.headpin.shared.ui.AmountField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The four numbers page: a rep's call through the dialog shows in their line, a manager's adjustment shows beside
 * the raw figures (marked), and a deal moving changes the numbers on an open page without reload.
 */
class ForecastViewTest extends KaribuTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Periods periods;

    TestDeals test;
    long rep;

    @BeforeEach
    void fixtures() {
        test = TestDeals.of(context);
        rep = test.userId("rep");
    }

    @Test
    void aRepsCallShowsAndAManagersAdjustmentShowsBesideTheRawFigures() {
        openAs("rep");
        navigate("forecast");
        ForecastView view = _get(ForecastView.class);
        assertThat(view.picker().value()).isEqualTo(periods.current(PeriodKind.QUARTER));
        // A far quarter, so this test's call does not change other tests' numbers.
        view.picker().setValue(periods.quarter(2043, 1));
        _click((Button) component(view, "action"));
        TypedAmounts.type(_get(AmountField.class, spec -> spec.withId("forecast-call-amount")), "1,200,000");
        _setValue(_get(TextArea.class, spec -> spec.withId("forecast-call-note")), "两个大单在谈");
        _click(_get(Button.class, spec -> spec.withId("forecast-call-save")));
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("forecast-history"))
                .getElement().getTextRecursively()).contains("张敏");
        _get(RepNumbersDialog.class).close();
        String called = money("1200000");
        // The page follows the saved call live: the update comes through the bus, after the save's commit.
        ForecastView repView = view;
        await().atMost(Duration.ofSeconds(5)).pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(cell(repView, "call")).contains(called).contains("两个大单在谈");
            assertThat(cell(repView, "forecast")).isEqualTo(called);
        });

        openAs("manager");
        navigate("forecast");
        view = _get(ForecastView.class);
        view.picker().setValue(periods.quarter(2043, 1));
        assertThat(cell(view, "call")).contains(called);
        ForecastView managerView = view;
        _click(adjustButton(managerView));
        TypedAmounts.type(_get(AmountField.class, spec -> spec.withId("forecast-adjust-forecast")), "８０００００");
        _setValue(_get(TextArea.class, spec -> spec.withId("forecast-adjust-note")), "预算推迟");
        _click(_get(Button.class, spec -> spec.withId("forecast-adjust-save")));
        _get(RepNumbersDialog.class).close();
        // Raw and adjusted side by side: the rep's forecast stays, the manager's is marked as adjusted.
        await().atMost(Duration.ofSeconds(5)).pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(component(managerView, "adjusted-forecast").getElement().getTextRecursively())
                    .isEqualTo(money("800000"));
        });
        assertThat(cell(managerView, "forecast")).isEqualTo(called);
        Component adjusted = component(managerView, "adjusted-forecast");
        assertThat(adjusted.getElement().getClassList()).contains("forecast-adjusted");
        assertThat(view.repChart().chart().getOption().toString()).contains("800000");
    }

    @Test
    void aDealMovingChangesTheNumbersOnAnOpenPage() {
        DealDetails deal = test.create("rep", "杭州联合银行", "Forecast: live", 4_000_000);
        openAs("manager");
        navigate("forecast");
        ForecastView view = _get(ForecastView.class);
        view.picker().setValue(periods.containing(PeriodKind.QUARTER, deal.expectedClose()));
        String before = cell(view, "system");
        String funnelBefore = view.funnel().chart().getOption().toString();

        test.advance("rep", deal.id());

        await().atMost(Duration.ofSeconds(5)).pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(cell(view, "system")).isNotEqualTo(before);
        });
        assertThat(view.funnel().chart().getOption().toString()).isNotEqualTo(funnelBefore);
    }

    private Button adjustButton(ForecastView view) {
        return (Button) component(view, "action");
    }

    private String money(String amount) {
        return Money.compact(new BigDecimal(amount), com.vaadin.flow.component.UI.getCurrent().getLocale());
    }

    private String cell(ForecastView view, String column) {
        return component(view, column).getElement().getTextRecursively();
    }

    /** The rendered cell of the rep's own line (under their team). */
    private Component component(ForecastView view, String column) {
        TreeGrid<ForecastLine> grid = view.numbers().grid();
        for (int row = 0; row < _size(grid); row++) {
            ForecastLine line = _get(grid, row);
            if (line.rep() != null && line.rep().repId() == rep) {
                return _getCellComponent(grid, row, column);
            }
        }
        throw new AssertionError("no line for the rep");
    }
}
