package com.headpin.planning.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import com.headpin.KaribuTest;
import com.headpin.TestSessions;
import com.headpin.forecast.QuotaBoard;
import com.headpin.forecast.QuotaService;
import com.headpin.organisation.OrgUnitSummary;
import com.headpin.organisation.OrganisationService;
import com.headpin.planning.PlanTeam;
import com.headpin.planning.SalesPlanStatus;
import com.headpin.planning.TeamMemberLine;
import com.headpin.shared.BusinessCalendar;
import com.headpin.shared.ui.AmountField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A director plans a whole team at once: its quota from the forecast (the team's own, else its reps'), its reps'
 * seminars together, and each rep's line with where their own plan stands. Reps plan only for themselves.
 */
class TeamPlanTest extends KaribuTest {

    private static final String SUM_OF_BOTH = "The sum of the quotas of 2 of the 2 reps";

    @Autowired
    UserDetailsService userDetails;
    @Autowired
    OrganisationService organisation;
    @Autowired
    QuotaService quotas;
    @Autowired
    BusinessCalendar calendar;

    @Test
    @SuppressWarnings("unchecked")
    void aTeamIsPlannedFromTheSumOfItsRepsQuotasWithEachRepsLine() {
        int year = calendar.today().getYear();
        long banking = unit("上海金融行业组");
        BigDecimal repsQuotas = TestSessions.as(userDetails, "admin", () -> quotas.board(year).reps().stream()
                .filter(rep -> List.of("张敏", "刘洋").contains(rep.name())).map(QuotaBoard.Rep::yearly)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        openAs("admin");
        navigate("planner/team/" + banking + "/" + year);

        assertThat(_get(RadioButtonGroup.class, spec -> spec.withId("plan-for")).getValue()).isEqualTo(true);
        ComboBox<PlanTeam> team = _get(ComboBox.class, spec -> spec.withId("plan-team"));
        assertThat(team.getValue().unitId()).isEqualTo(banking);
        assertThat(_find(ComboBox.class, spec -> spec.withId("plan-rep"))).as("the rep choice hides").isEmpty();
        AmountField quota = _get(AmountField.class, spec -> spec.withId("plan-quota"));
        assertThat(quota.getValue()).isEqualByComparingTo(repsQuotas);
        assertThat(quota.getHelperText()).contains(SUM_OF_BOTH);
        assertThat(_get(IntegerField.class, spec -> spec.withId("plan-seminars-per-week")).getLabel())
                .isEqualTo("Seminars a week, per rep");

        // Next year (this year's window has passed), with a round quota and deal so the numbers are the method's:
        // 10 deals, 90 seminars shared by two reps. Its demo plans: 张敏's is approved, 刘洋's waits for approval.
        navigate("planner/team/" + banking + "/" + (year + 1));
        quota = _get(AmountField.class, spec -> spec.withId("plan-quota"));
        assertThat(quota.getHelperText()).as("no quotas in the forecast yet: those of their plans")
                .contains(SUM_OF_BOTH);
        quota.setValue(new BigDecimal("10000000"));
        _get(AmountField.class, spec -> spec.withId("plan-average-deal")).setValue(new BigDecimal("1000000"));
        _click(_get(Button.class, spec -> spec.withId("plan-make")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("plan-summary")).getText())
                .startsWith("10 deals to win as a team of 2: 90 prospects at the seminar stage, 90 seminar days");
        Grid<TeamMemberLine> members = _get(Grid.class, spec -> spec.withId("team-members"));
        assertThat(_fetch(members, 0, 10)).extracting(TeamMemberLine::name).containsExactly("刘洋", "张敏");
        assertThat(_fetch(members, 0, 10)).extracting(TeamMemberLine::planStatus)
                .containsExactly(SalesPlanStatus.SUBMITTED, SalesPlanStatus.APPROVED);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRegionsOwnQuotaComesFirstAndADirectorSeesOnlyTheirUnits() {
        int year = calendar.today().getYear();
        openAs("north.director");
        navigate("planner");
        RadioButtonGroup<Boolean> planFor = _get(RadioButtonGroup.class, spec -> spec.withId("plan-for"));
        _setValue(planFor, true);
        ComboBox<PlanTeam> team = _get(ComboBox.class, spec -> spec.withId("plan-team"));
        // The north region and its energy team (Emma Clarke); the government team has no rep, the east is not his.
        assertThat(team.getListDataView().getItems().map(PlanTeam::name))
                .containsExactly("North Region", "Energy Team");

        openAs("admin");
        long east = unit("华东大区");
        navigate("planner/team/" + east + "/" + year);
        AmountField quota = _get(AmountField.class, spec -> spec.withId("plan-quota"));
        assertThat(quota.getHelperText()).contains("The team's own quota in the forecast");
    }

    @Test
    void aRepPlansOnlyForThemself() {
        openAs("rep3");
        navigate("planner");
        assertThat(_find(RadioButtonGroup.class, spec -> spec.withId("plan-for"))).isEmpty();
    }

    private long unit(String name) {
        return TestSessions.as(userDetails, "admin", () -> organisation.tree().all().stream()
                .filter(u -> u.name().equals(name)).map(OrgUnitSummary::id).findFirst().orElseThrow());
    }
}
