package com.headpin.stakeholders.ui;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.headpin.KaribuTest;
import com.headpin.TestSessions;
import com.headpin.accounts.ContactDetails;
import com.headpin.collaboration.ui.PresenceAvatars;
import com.headpin.deals.DealDetails;
import com.headpin.deals.DealPanel;
import com.headpin.deals.DealRole;
import com.headpin.deals.TestDeals;
import com.headpin.stakeholders.InfluenceRole;
import com.headpin.stakeholders.PersonalWinResult;
import com.headpin.stakeholders.StandardWinResult;
import com.headpin.stakeholders.TestInfluences;
import com.headpin.stakeholders.WinResultCatalogService;
import com.headpin.stakeholders.WinResultService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dnd.DropEvent;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.ContextMenuKt._clickItemWithID;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The deal's win-results exercise: a win result dragged from the pool onto a person, moved by a second viewer (another
 * user, in a UI of their own) and seen live by the first, with both shown as present; read-only without editing rights;
 * the empty state.
 */
class WinResultsExerciseTest extends KaribuTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    WinResultCatalogService catalog;
    @Autowired
    WinResultService results;

    TestDeals test;
    TestInfluences influences;

    @BeforeEach
    void fixtures() {
        test = TestDeals.of(context);
        influences = TestInfluences.of(context);
    }

    @Test
    void aWinResultDraggedOntoAPersonAndMovedByASecondViewerArrivesLive() {
        DealDetails deal = test.create("rep", "杭州联合银行", "Win results: exercise", 600_000);
        List<ContactDetails> people = influences.contactsOf(deal.accountId());
        long cfo = influences.add(deal.id(), people.get(0).id(), InfluenceRole.DECISION_MAKER, InfluenceRole.COACH);
        long cio = influences.add(deal.id(), people.get(1).id(), InfluenceRole.TECHNICAL_GATEKEEPER);
        StandardWinResult recognition = TestSessions.as(userDetails, "rep", () -> catalog.list()).stream()
                .filter(w -> w.labelEn().equals("Recognition by others")).findFirst().orElseThrow();

        openAs("rep", Locale.SIMPLIFIED_CHINESE);
        navigate("deals/" + deal.id());
        selectTab("win-result.tab");
        assertThat(cards(cfo)).as("a person with two roles is in both columns").hasSize(2);
        assertThat(cards(cio)).hasSize(1);
        Span poolChip = _get(Span.class, spec -> spec.withAttribute("data-pool", "entry-" + recognition.id()));
        assertThat(poolChip.getText()).isEqualTo("获得大家的认可");

        drop(poolChip, cards(cfo).getFirst());
        assertThat(cards(cfo)).allSatisfy(card -> assertThat(chips(card)).containsExactly("获得大家的认可"));
        PersonalWinResult given = results.winResultsByInfluence(deal.id()).get(cfo).getFirst();

        // A second viewer (the team's manager, in a UI of their own) moves it to the CIO from the chip's menu.
        UI first = UI.getCurrent();
        UI second = secondUi(first);
        TestSessions.as(userDetails, "manager", () -> {
            second.add(exercisePanel().create(deal.id()));
            MenuBar menu = _find(MenuBar.class).stream().filter(m -> m.getItems().getFirst().getId()
                    .orElse("").equals("win-result-move-" + given.id())).findFirst().orElseThrow();
            _clickItemWithID(menu, "win-result-move-" + given.id() + "-to-" + cio);
            return null;
        });
        UI.setCurrent(first);

        await().atMost(Duration.ofSeconds(5)).pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(chips(cards(cio).getFirst())).containsExactly("获得大家的认可");
            assertThat(cards(cfo)).allSatisfy(card -> assertThat(chips(card)).isEmpty());
            assertThat(_get(PresenceAvatars.class, spec -> spec.withId("win-results-presence"))
                    .getChildren().map(AvatarGroup.class::cast).findFirst().orElseThrow().getItems())
                    .as("both are shown as present").hasSize(2);
        });

        // The keyboard's way: own words typed in the CFO's box, then the moved chip taken away with its x.
        @SuppressWarnings("unchecked")
        ComboBox<StandardWinResult> box = (ComboBox<StandardWinResult>) cards(cfo).getFirst().getChildren()
                .flatMap(Component::getChildren).filter(ComboBox.class::isInstance).findFirst().orElseThrow();
        ComponentUtil.fireEvent(box, new ComboBox.CustomValueSetEvent<>(box, true, "希望项目成为行业标杆"));
        assertThat(chips(cards(cfo).getLast())).containsExactly("希望项目成为行业标杆");
        PersonalWinResult moved = results.winResultsByInfluence(deal.id()).get(cio).getFirst();
        _click(_get(Button.class, spec -> spec.withId("win-result-remove-" + moved.id())));
        assertThat(chips(cards(cio).getFirst())).isEmpty();
        assertThat(results.winResultsByInfluence(deal.id())).containsOnlyKeys(cfo);
    }

    @Test
    void aResourceOnTheTeamSeesTheWinResultsReadOnly() {
        DealDetails deal = test.create("rep", "宁波港口银行", "Win results: read-only", 200_000);
        test.addToTeam("rep", deal.id(), "consultant", DealRole.CONSULTANT);
        long user = influences.add(deal.id(), influences.contactsOf(deal.accountId()).getFirst().id(),
                InfluenceRole.USER);
        TestSessions.as(userDetails, "rep", () -> results.addOwn(deal.id(), user, "Fewer late nights", null));

        openAs("consultant");
        navigate("deals/" + deal.id());
        selectTab("win-result.tab");
        assertThat(chips(cards(user).getFirst())).containsExactly("Fewer late nights");
        assertThat(_find(ComboBox.class, spec -> spec.withClasses("win-results-picker"))).isEmpty();
        assertThat(_find(TextField.class, spec -> spec.withId("win-results-own-text"))).isEmpty();
        assertThat(_find(Button.class).stream().filter(b -> b.getId().orElse("").startsWith("win-result-remove")))
                .isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("win-results-help")).getText())
                .isEqualTo(UI.getCurrent().getTranslation("win-result.exercise.read-only"));
    }

    @Test
    void withoutBuyingInfluencesTheExerciseSaysToAddThemFirst() {
        DealDetails deal = test.create("rep", "苏州城市银行", "Win results: nobody yet", 100_000);
        openAs("rep", Locale.ENGLISH);
        navigate("deals/" + deal.id());
        selectTab("win-result.tab");
        Paragraph empty = _get(Paragraph.class, spec -> spec.withId("win-results-empty"));
        assertThat(empty.isVisible()).isTrue();
        assertThat(empty.getText()).startsWith("尚无购买影响者");
    }

    private static List<PersonCard> cards(long influenceId) {
        return _find(PersonCard.class).stream().filter(card -> card.person().id() == influenceId).toList();
    }

    private static List<String> chips(PersonCard card) {
        return card.getChildren().flatMap(Component::getChildren).filter(c -> c.hasClassName("win-results-chips"))
                .flatMap(Component::getChildren).map(chip -> chip.getChildren().findFirst().orElseThrow())
                .flatMap(Component::getChildren).filter(Span.class::isInstance).map(s -> ((Span) s).getText())
                .toList();
    }

    /** What the browser reports when a chip is dropped on a card: the drag started on the chip, the drop here. */
    private static void drop(Component chip, PersonCard card) {
        Component target = card.getChildren().findFirst().orElseThrow();
        UI.getCurrent().getInternals().setActiveDragSourceComponent(chip);
        ComponentUtil.fireEvent(target, new DropEvent<>(target, true, "move"));
        UI.getCurrent().getInternals().setActiveDragSourceComponent(null);
    }

    private DealPanel exercisePanel() {
        return context.getBeansOfType(DealPanel.class).values().stream().filter(WinResultsPanel.class::isInstance)
                .findFirst().orElseThrow();
    }
}
