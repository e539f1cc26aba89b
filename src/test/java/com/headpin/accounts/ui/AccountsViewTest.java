package com.headpin.accounts.ui;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.headpin.KaribuTest;
import com.headpin.accounts.AccountFilter;
import com.headpin.accounts.AccountService;
import com.headpin.accounts.AccountSummary;
import com.headpin.accounts.Criterion;
import com.headpin.accounts.ScorecardService;
import com.headpin.accounts.Tier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.headpin.shared.ui.AmountField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class AccountsViewTest extends KaribuTest {

    @Autowired
    AccountService accounts;
    @Autowired
    ScorecardService scorecard;

    @Test
    void repCreatesAnAccountEditsItScoresItAndTheTierFollows() {
        openAs("rep3");
        navigate("accounts");
        _click(_get(Button.class, spec -> spec.withId("new-account")));
        _get(TextField.class, spec -> spec.withId("account-name")).setValue("常州智造银行");
        _get(TextField.class, spec -> spec.withId("account-alt-name")).setValue("Changzhou Smart Bank");
        _get(AmountField.class, spec -> spec.withId("account-annual-potential")).setValue(new BigDecimal("20000"));
        _click(_get(Button.class, spec -> spec.withId("create-account")));

        _assertOne(AccountView.class);
        // rep3 works in English: the account's English name is its title.
        assertThat(_get(H2.class, spec -> spec.withId("account-title")).getText()).isEqualTo("Changzhou Smart Bank");
        assertThat(_get(Span.class, spec -> spec.withId("account-tier")).getText()).startsWith("C");

        // A much larger potential makes it an A account.
        _get(AmountField.class, spec -> spec.withId("account-annual-potential"))
                .setValue(new BigDecimal("900000000"));
        _click(_get(Button.class, spec -> spec.withId("save-account")));
        assertThat(_get(Span.class, spec -> spec.withId("account-tier")).getText()).startsWith("A");

        _get(com.vaadin.flow.component.tabs.TabSheet.class).setSelectedIndex(2);
        Criterion first = scorecard.criteria().getFirst();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> score = _get(RadioButtonGroup.class, spec -> spec.withId("score-" + first.id()));
        score.setValue(5);
        // One criterion of weight 3 scored 5, four unscored (weights 3, 2, 2, 1 count as 0): 15 of 55.
        assertThat(_get(Span.class, spec -> spec.withId("fit-score")).getText())
                .isEqualTo("Fit score: 27.3 / 100 · 1 of 5 criteria scored");

        AccountSummary saved = find("常州智造银行");
        assertThat(saved.tier()).isEqualTo(Tier.A);
        assertThat(saved.fitScore()).isEqualByComparingTo("27.3");
    }

    @Test
    void badInputStaysInTheFormWithMessagesAndNothingIsSaved() {
        openAs("rep3");
        navigate("accounts");
        long before = accounts.count(AccountFilter.ALL_ACTIVE);
        _click(_get(Button.class, spec -> spec.withId("new-account")));
        _get(TextField.class, spec -> spec.withId("account-name")).setValue("<script>x</script>");
        _get(TextField.class, spec -> spec.withId("account-website")).setValue("not a url");
        _get(AmountField.class, spec -> spec.withId("account-annual-potential")).setValue(new BigDecimal("-5"));
        _click(_get(Button.class, spec -> spec.withId("create-account")));

        assertThat(_get(TextField.class, spec -> spec.withId("account-name")).getErrorMessage())
                .isEqualTo("The characters < and > are not allowed here");
        assertThat(_get(TextField.class, spec -> spec.withId("account-website")).getErrorMessage())
                .startsWith("Enter a web address");
        assertThat(_get(AmountField.class, spec -> spec.withId("account-annual-potential")).getErrorMessage())
                .startsWith("Enter an amount");
        assertThat(accounts.count(AccountFilter.ALL_ACTIVE)).isEqualTo(before);
    }

    @Test
    void listFiltersByTierAndSearchesEitherScript() {
        openAs("rep3");
        navigate("accounts");
        _get(TextField.class, spec -> spec.withId("account-search")).setValue("offshore");
        assertThat(rows()).extracting(AccountSummary::name).containsExactly("渤海海上油气");
        _get(TextField.class, spec -> spec.withId("account-search")).setValue("海上");
        assertThat(rows()).extracting(AccountSummary::name).containsExactly("渤海海上油气");
        _get(TextField.class, spec -> spec.withId("account-search")).setValue("");
        @SuppressWarnings("unchecked")
        var tier = (com.vaadin.flow.component.select.Select<Tier>) _get(com.vaadin.flow.component.select.Select.class,
                spec -> spec.withId("filter-tier"));
        tier.setValue(Tier.A);
        assertThat(rows()).isNotEmpty().allSatisfy(row -> assertThat(row.tier()).isEqualTo(Tier.A));
    }

    @Test
    void csvImportWithABadRowShowsRowErrorsAndImportsNothing() {
        openAs("rep3");
        navigate("accounts");
        long before = accounts.count(AccountFilter.ALL_ACTIVE);
        _click(_get(Button.class, spec -> spec.withId("import-accounts")));
        AccountImportDialog dialog = _get(AccountImportDialog.class);
        dialog.preview("name,industry,owner\n扬州测试能源,ENERGY,rep3\n,SPACE_MINING,nobody\n");

        assertThat(_get(Paragraph.class, spec -> spec.withId("import-summary")).getText())
                .isEqualTo("1 of 2 rows have problems. Fix the file and choose it again: nothing has been imported.");
        @SuppressWarnings("unchecked")
        Grid<com.headpin.shared.ImportRow> rows = _get(Grid.class, spec -> spec.withId("import-rows"));
        assertThat(_fetch(rows, 0, 10).get(1).errors()).containsKeys("name", "industry", "owner");
        assertThat(_get(Button.class, spec -> spec.withId("import-confirm")).isEnabled()).isFalse();
        assertThat(accounts.count(AccountFilter.ALL_ACTIVE)).isEqualTo(before);
    }

    @Test
    void aRepOpeningAnAccountOutsideTheirPartGetsNotFoundLikeAMissingOne() {
        openAs("director");
        long bank = accounts.page(new AccountFilter("金陵银行", null, null, null, null, null, true),
                Pageable.unpaged()).getContent().getFirst().id();
        openAs("rep3");
        navigate("accounts/" + bank);
        assertThat(_find(AccountView.class)).isEmpty();
        _assertOne(com.vaadin.flow.component.html.H2.class, spec -> spec.withText("Page not found"));
        navigate("accounts/" + Long.MAX_VALUE);
        _assertOne(com.vaadin.flow.component.html.H2.class, spec -> spec.withText("Page not found"));
    }

    @Test
    void anotherUsersChangeReachesTheOpenListLive() {
        openAs("rep3");
        navigate("accounts");
        AccountSummary target = find("辽宁储能");
        var details = accounts.find(target.id()).orElseThrow();
        accounts.update(target.id(), new com.headpin.accounts.AccountInput(details.version(), "辽宁储能（大连）",
                details.altName(), details.industry(), details.nature(), details.sizeBand(), details.regionId(),
                details.teamId(), details.ownerId(), details.funnelPosition(), details.parentId(), details.address(),
                details.website(), details.notes(), details.annualPotential(), details.tierOverride(),
                details.team()));
        await().atMost(Duration.ofSeconds(5)).pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(rows()).extracting(AccountSummary::name).contains("辽宁储能（大连）");
        });
    }

    private AccountSummary find(String name) {
        return accounts.page(new AccountFilter(name, null, null, null, null, null, true), Pageable.unpaged())
                .getContent().getFirst();
    }

    @SuppressWarnings("unchecked")
    private List<AccountSummary> rows() {
        return _fetch((Grid<AccountSummary>) _get(Grid.class, spec -> spec.withId("accounts-grid")), 0, 200);
    }
}
