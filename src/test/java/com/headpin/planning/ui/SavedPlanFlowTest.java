package com.headpin.planning.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.headpin.KaribuTest;
import com.headpin.TestSessions;
import com.headpin.TypedAmounts;
import com.headpin.security.UserAccountService;
import com.headpin.shared.ui.AmountField;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A rep builds a plan, saves and submits it; their director finds it on the home view, opens it and approves it; the
 * rep's planner shows it approved, live, with the fields locked until it is reopened.
 */
class SavedPlanFlowTest extends KaribuTest {

    private static final int YEAR = 2031;

    @Autowired
    UserDetailsService userDetails;
    @Autowired
    UserAccountService users;

    @Test
    void aRepBuildsAndSubmitsAPlanAndTheDirectorApprovesIt() {
        long rep3 = TestSessions.as(userDetails, "rep3", () -> users.me().id());
        openAs("rep3");
        navigate("planner/" + rep3 + "/" + YEAR);
        assertThat(status()).isEqualTo("Not saved");
        TypedAmounts.type(_get(AmountField.class, spec -> spec.withId("plan-quota")), "5,000,000");
        TypedAmounts.type(_get(AmountField.class, spec -> spec.withId("plan-average-deal")), "1,000,000");
        _click(button("plan-make"));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("plan-summary"))
                .getText()).startsWith("5 deals to win");
        _click(button("plan-save"));
        assertThat(status()).isEqualTo("Draft");
        assertThat(shown("plan-approve")).as("a rep never approves their own plan").isFalse();
        _click(button("plan-submit"));
        assertThat(status()).isEqualTo("Waiting for approval");
        assertThat(_get(AmountField.class, spec -> spec.withId("plan-quota")).isReadOnly()).isTrue();
        assertThat(shown("plan-submit")).isFalse();

        // The director finds it on the home view and approves it, in a tab of their own.
        UI first = UI.getCurrent();
        UI second = secondUi(first);
        TestSessions.as(userDetails, "north.director", () -> {
            second.navigate("");
            Div waiting = _get(Div.class, spec -> spec.withId("home-sales-plans-waiting"));
            assertThat(waiting.getElement().getTextRecursively()).contains("Emma Clarke · " + YEAR + " sales plan");
            Div line = (Div) waiting.getChildren().filter(c -> c.getId().orElse("").startsWith("home-sales-plan-"))
                    .filter(c -> c.getElement().getTextRecursively().contains(String.valueOf(YEAR))).findFirst()
                    .orElseThrow();
            com.vaadin.flow.component.ComponentUtil.fireEvent(line,
                    new com.vaadin.flow.component.ClickEvent<>(line));
            assertThat(status()).isEqualTo("Waiting for approval");
            _click(button("plan-approve"));
            assertThat(status()).isEqualTo("Approved");
            // The director leaves the planner: its live updates would otherwise run in this test as the rep.
            second.navigate("");
            return null;
        });
        UI.setCurrent(first);

        await().atMost(Duration.ofSeconds(5)).pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(status()).isEqualTo("Approved");
        });
        assertThat(_get(Span.class, spec -> spec.withId("plan-status-who")).getText())
                .startsWith("approved by James Walker");
        assertThat(button("plan-reopen").getText()).isEqualTo("Reopen to change");
        assertThat(_get(AmountField.class, spec -> spec.withId("plan-quota")).isReadOnly()).isTrue();
    }

    private static String status() {
        return _get(Span.class, spec -> spec.withId("plan-status")).getText();
    }

    private static boolean shown(String id) {
        return !com.github.mvysny.kaributesting.v10.LocatorJ._find(Button.class, spec -> spec.withId(id)).isEmpty();
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }
}
