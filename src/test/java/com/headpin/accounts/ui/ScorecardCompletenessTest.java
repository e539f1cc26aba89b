package com.headpin.accounts.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.headpin.KaribuTest;
import com.headpin.accounts.AccountDetails;
import com.headpin.accounts.AccountFilter;
import com.headpin.accounts.AccountInput;
import com.headpin.accounts.AccountService;
import com.headpin.accounts.AccountSummary;
import com.headpin.accounts.Criterion;
import com.headpin.accounts.FunnelPosition;
import com.headpin.accounts.ScorecardService;
import com.headpin.security.UserAccountService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One criterion scored out of five is not a fit of "80 / 100": the scorecard and the list say how many criteria the
 * score rests on and mark it incomplete (unscored criteria count as 0), in both languages.
 */
class ScorecardCompletenessTest extends KaribuTest {

    @Autowired
    AccountService accounts;
    @Autowired
    ScorecardService scorecard;
    @Autowired
    UserAccountService users;

    @Test
    void oneOfFiveCriteriaScoredIsShownIncompleteInEnglish() {
        openAs("rep3", Locale.ENGLISH);
        String name = "Partly scored " + System.nanoTime();
        long id = newAccount(name);
        navigate("accounts/" + id);
        selectTab("account.tab.scorecard");
        List<Criterion> criteria = assumedCriteria();

        score(criteria.getFirst(), 4);

        // 3 × 4 of 11 × 5 = 21.8; the scored criterion alone: 12 of 15 = 80.
        assertThat(text("fit-score")).isEqualTo("Fit score: 21.8 / 100 · 1 of 5 criteria scored");
        Span badge = _get(Span.class, spec -> spec.withId("fit-incomplete"));
        assertThat(badge.isVisible()).isTrue();
        assertThat(badge.getText()).isEqualTo("Incomplete");
        assertThat(badge.getTitle()).hasValue("1 of 5 criteria scored; unscored criteria count as 0");
        assertThat(_get(Paragraph.class, spec -> spec.withId("fit-incomplete-note")).getText())
                .isEqualTo("The 4 unscored criteria count as 0 until someone scores them, so a partly scored account "
                        + "never ranks above a fully scored one. On the scored criterion alone it reaches 80 / 100.");
        assertThat(listedFit(name)).isEqualTo(new Listed("21.8 (1/5)", "fit-incomplete",
                "1 of 5 criteria scored; unscored criteria count as 0"));

        navigate("accounts/" + id);
        selectTab("account.tab.scorecard");
        criteria.stream().skip(1).forEach(criterion -> score(criterion, 4));
        assertThat(text("fit-score")).isEqualTo("Fit score: 80 / 100");
        _assertNone(Span.class, spec -> spec.withId("fit-incomplete"));
        _assertNone(Paragraph.class, spec -> spec.withId("fit-incomplete-note"));
        assertThat(listedFit(name)).isEqualTo(new Listed("80", null, null));
    }

    @Test
    void oneOfFiveCriteriaScoredIsShownIncompleteInChinese() {
        openAs("rep", Locale.SIMPLIFIED_CHINESE);
        String name = "部分评分客户" + System.nanoTime();
        long id = newAccount(name);
        navigate("accounts/" + id);
        selectTab("account.tab.scorecard");
        List<Criterion> criteria = assumedCriteria();

        score(criteria.getFirst(), 4);
        score(criteria.get(2), 5);

        // (3 × 4 + 2 × 5) of 55 = 40; the scored criteria alone: 22 of 25 = 88.
        assertThat(text("fit-score")).isEqualTo("匹配度：40 / 100 · 已评 2 / 5 项");
        Span badge = _get(Span.class, spec -> spec.withId("fit-incomplete"));
        assertThat(badge.getText()).isEqualTo("未评完");
        assertThat(badge.getTitle()).hasValue("已评 2 / 5 项；未评分的项按 0 分计");
        assertThat(_get(Paragraph.class, spec -> spec.withId("fit-incomplete-note")).getText())
                .isEqualTo("尚未评分的 3 项按 0 分计，评完后才是完整得分，因此未评完的客户不会排在已评完的客户前面。"
                        + "仅按已评的 2 项计算，匹配度为 88 / 100。");
        assertThat(listedFit(name)).isEqualTo(new Listed("40（2/5）", "fit-incomplete",
                "已评 2 / 5 项；未评分的项按 0 分计"));
    }

    /** The default criteria of the migration, weights 3, 3, 2, 2 and 1, all in use. */
    private List<Criterion> assumedCriteria() {
        List<Criterion> active = scorecard.criteria().stream().filter(Criterion::active).toList();
        assertThat(active).extracting(Criterion::weight).containsExactly(3, 3, 2, 2, 1);
        return active;
    }

    /** A new account of the logged-in user's, placed like one of theirs. */
    private long newAccount(String name) {
        long me = users.me().id();
        AccountSummary theirs = accounts.page(new AccountFilter("", null, null, me, null, null, false),
                PageRequest.of(0, 1)).getContent().getFirst();
        AccountDetails like = accounts.find(theirs.id()).orElseThrow();
        return accounts.create(new AccountInput(0, name, null, like.industry(), like.nature(), like.sizeBand(),
                like.regionId(), like.teamId(), me, FunnelPosition.ABOVE, null, null, null, null, BigDecimal.ONE,
                null, Set.of())).id();
    }

    @SuppressWarnings("unchecked")
    private static void score(Criterion criterion, int score) {
        _get(RadioButtonGroup.class, spec -> spec.withId("score-" + criterion.id())).setValue(score);
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    /** The fit column's cell of an account: its text, the part that mutes it, and its tooltip. */
    private record Listed(String text, @Nullable String part, @Nullable String tooltip) {
    }

    @SuppressWarnings("unchecked")
    private Listed listedFit(String name) {
        navigate("accounts");
        _get(TextField.class, spec -> spec.withId("account-search")).setValue(name);
        Grid<AccountSummary> grid = _get(Grid.class, spec -> spec.withId("accounts-grid"));
        assertThat(_size(grid)).isEqualTo(1);
        AccountSummary row = _fetch(grid, 0, 1).getFirst();
        Grid.Column<AccountSummary> fit = grid.getColumnByKey("fit");
        return new Listed(_getFormatted(grid, 0, "fit"), fit.getPartNameGenerator().apply(row),
                fit.getTooltipGenerator().apply(row));
    }
}
