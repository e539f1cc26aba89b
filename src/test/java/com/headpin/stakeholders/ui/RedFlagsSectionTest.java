package com.headpin.stakeholders.ui;

import java.time.Duration;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.headpin.KaribuTest;
import com.headpin.deals.DealDetails;
import com.headpin.deals.TestDeals;
import com.headpin.stakeholders.FlagCategory;
import com.headpin.stakeholders.FlagKind;
import com.headpin.stakeholders.RedFlagInput;
import com.headpin.stakeholders.RedFlagRow;
import com.headpin.stakeholders.RedFlagService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The deal page's red flags and strengths, live between users, and the home card listing them. */
class RedFlagsSectionTest extends KaribuTest {

    @Autowired
    RedFlagService flags;
    @Autowired
    ApplicationContext context;

    TestDeals test;

    @BeforeEach
    void fixtures() {
        test = TestDeals.of(context);
    }

    @Test
    void theSectionShowsAutomaticFlagsAndAManualFlagRaisedElsewhereArrivesLive() {
        DealDetails deal = test.create("rep", "杭州联合银行", "Section: live flags", 300_000);
        openAs("rep");
        navigate("deals/" + deal.id());
        assertThat(flagsText()).contains(t("redflag.rule.no-coach")).contains(t("redflag.rule.no-decision-maker"));

        RedFlagRow raised = test.as("manager", () -> flags.raise(deal.id(), FlagKind.FLAG,
                new RedFlagInput(0, FlagCategory.COMPETITOR_THREAT, "Huawei Cloud is cheaper", test.userId("rep"))));
        await().atMost(Duration.ofSeconds(5)).pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(flagsText()).contains("Huawei Cloud is cheaper");
        });

        _click(button("redflag-clear-" + raised.id()));
        _setValue(_get(TextArea.class, spec -> spec.withId("redflag-clear-note")), "We matched the price");
        _click(button("redflag-clear-confirm"));
        assertThat(flagsText()).contains("We matched the price");
        assertThat(_find(Button.class, spec -> spec.withId("redflag-reopen-" + raised.id()))).hasSize(1);
    }

    @Test
    void anEditorAddsAStrengthThroughTheDialogAndEmptyInputIsRefusedAtTheFields() {
        DealDetails deal = test.create("rep", "宁波港口银行", "Section: add strength", 200_000);
        openAs("rep");
        navigate("deals/" + deal.id());
        _click(button("redflag-add-strength"));
        _click(button("save-redflag"));
        assertThat(_get(TextArea.class, spec -> spec.withId("redflag-text")).isInvalid()).isTrue();
        @SuppressWarnings("unchecked")
        Select<FlagCategory> category = _get(Select.class, spec -> spec.withId("redflag-category"));
        _setValue(category, FlagCategory.SOLUTION_FIT);
        _setValue(_get(TextArea.class, spec -> spec.withId("redflag-text")), "The pilot convinced the users");
        _click(button("save-redflag"));
        _assertNone(RedFlagDialog.class);
        String strengths = _get(Div.class, spec -> spec.withId("deal-strengths")).getElement().getTextRecursively();
        assertThat(strengths).contains("The pilot convinced the users").contains(t("redflag.category.solution-fit"));
    }

    @Test
    void theHomeCardListsRedFlagsOnMyDeals() {
        DealDetails deal = test.create("rep", "苏州城市银行", "Section: home card", 400_000);
        openAs("rep");
        navigate("");
        String card = _get(RedFlagsCard.class, spec -> spec.withId("home-red-flags")).getElement()
                .getTextRecursively();
        assertThat(card).contains(t("redflag.home"));
        test.as("rep", () -> flags.raise(deal.id(), FlagKind.FLAG,
                new RedFlagInput(0, FlagCategory.TIMING_RISK, "Budget approval slips", test.userId("rep"))));
        await().atMost(Duration.ofSeconds(5)).pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(_get(RedFlagsCard.class, spec -> spec.withId("home-red-flags")).getElement()
                    .getTextRecursively()).contains("Section: home card").contains("Budget approval slips");
        });
    }

    private static String flagsText() {
        return _get(Div.class, spec -> spec.withId("deal-red-flags")).getElement().getTextRecursively();
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    private static String t(String key) {
        return UI.getCurrent().getTranslation(key, "", 0);
    }
}
