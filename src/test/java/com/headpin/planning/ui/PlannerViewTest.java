package com.headpin.planning.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import com.headpin.KaribuTest;
import com.headpin.planning.PlanMonth;
import com.headpin.security.UserSummary;
import com.headpin.shared.ui.chart.Chart;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.headpin.shared.ui.AmountField;
import com.vaadin.flow.component.textfield.IntegerField;
import org.junit.jupiter.api.Test;

/** A rep plans backwards from a typed quota; odd inputs are explained; a director plans for their reps. */
class PlannerViewTest extends KaribuTest {

    @Test
    @SuppressWarnings("unchecked")
    void aRepTurnsFiveMillionIntoFiveDealsWithTheirScheduleAndGaps() {
        openAs("rep3");
        navigate("planner");
        _get(AmountField.class, spec -> spec.withId("plan-quota")).setValue(new BigDecimal("5000000"));
        _get(AmountField.class, spec -> spec.withId("plan-average-deal")).setValue(new BigDecimal("1000000"));
        _click(_get(Button.class, spec -> spec.withId("plan-make")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("plan-summary")).getText())
                .startsWith("5 deals to win: 45 prospects at the seminar stage, 45 seminar days");
        Chart timeline = _get(Chart.class, spec -> spec.withId("plan-timeline"));
        assertThat(timeline.getOption().get("yAxis").get("data")).hasSize(5);
        assertThat(timeline.getOption().get("series").get(1).get("name").asString()).isEqualTo("Prospecting");
        Grid<PlanMonth> months = _get(Grid.class, spec -> spec.withId("plan-months"));
        assertThat(_fetch(months, 0, 50).stream().mapToInt(PlanMonth::seminarDays).sum()).isEqualTo(45);
        // The demo funnel is far from 45 seminars: each planned close says what is missing, and by when.
        assertThat(_get(UnorderedList.class, spec -> spec.withId("plan-gaps")).getElement().getTextRecursively())
                .containsPattern("\\d+ more seminars needed by \\d+ \\w{3} \\d{4} to keep the \\w+ \\d{4} close");
    }

    @Test
    void oddInputsAreExplainedInsteadOfPlanned() {
        openAs("rep3");
        navigate("planner");
        _get(AmountField.class, spec -> spec.withId("plan-quota")).setValue(BigDecimal.ZERO);
        _get(AmountField.class, spec -> spec.withId("plan-average-deal")).setValue(new BigDecimal("1000000"));
        _click(_get(Button.class, spec -> spec.withId("plan-make")));
        assertThat(text("plan-notes")).contains("With a quota of ¥0 there is nothing to plan backwards from");
        assertThat(_find(Chart.class, spec -> spec.withId("plan-timeline"))).isEmpty();

        _get(AmountField.class, spec -> spec.withId("plan-quota")).setValue(new BigDecimal("500000"));
        _get(IntegerField.class, spec -> spec.withId("plan-seminars-per-week")).setValue(0);
        _click(_get(Button.class, spec -> spec.withId("plan-make")));
        assertThat(text("plan-notes")).contains("Without seminars there are no prospects");

        _get(IntegerField.class, spec -> spec.withId("plan-seminars-per-week")).setValue(9);
        _click(_get(Button.class, spec -> spec.withId("plan-make")));
        assertThat(_get(IntegerField.class, spec -> spec.withId("plan-seminars-per-week")).getErrorMessage())
                .isEqualTo("From 0 to 5 (a working day each)");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDirectorPlansForTheRepsTheyManage() {
        openAs("north.director");
        navigate("planner");
        ComboBox<UserSummary> rep = _get(ComboBox.class, spec -> spec.withId("plan-rep"));
        assertThat(rep.getListDataView().getItems().map(UserSummary::username)).contains("rep3")
                .doesNotContain("rep");
    }

    private static String text(String id) {
        return _get(Div.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
