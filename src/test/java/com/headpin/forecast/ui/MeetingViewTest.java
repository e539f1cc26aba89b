package com.headpin.forecast.ui;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.headpin.KaribuTest;
import com.headpin.TestSessions;
import com.headpin.deals.DealDetails;
import com.headpin.deals.DealSummary;
import com.headpin.deals.ForecastCategory;
import com.headpin.deals.TestDeals;
import com.headpin.forecast.ForecastTable;
import com.headpin.forecast.MeetingDetails;
import com.headpin.forecast.MeetingService;
import com.headpin.forecast.MeetingStatus;
import com.headpin.forecast.Period;
import com.headpin.forecast.PeriodKind;
import com.headpin.forecast.Periods;
import com.headpin.forecast.RepNumbers;
import com.headpin.shared.Money;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The live forecast meeting with two people in it, each in a UI of their own (the presenter, a director, and a rep
 * following): the follower moves with the presenter, stays where they are after leaving follow mode and jumps back
 * on rejoining; the rep's commitment change reaches the director's numbers; ending it writes the record.
 */
class MeetingViewTest extends KaribuTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    MeetingService meetings;
    @Autowired
    Periods periods;

    TestDeals test;

    @BeforeEach
    void fixtures() {
        test = TestDeals.of(context);
    }

    @Test
    void theFollowerMovesWithThePresenterAndTheRepsCommitmentReachesTheDirector() {
        DealDetails deal = test.create("rep", "杭州联合银行", "Meeting: commit", 600_000);
        Period quarter = periods.containing(PeriodKind.QUARTER, deal.expectedClose());
        MeetingDetails meeting = test.as("manager", () -> meetings.open(deal.teamId(), quarter));

        // 李娜 and 张敏 chose Chinese: their pages speak it whatever the browser says.
        openAs("manager", Locale.ENGLISH);
        navigate("forecast/meetings/" + meeting.id());
        UI director = UI.getCurrent();
        assertThat(text("forecast-meeting-follow-state")).startsWith("您正在主持");
        BigDecimal before = commitment(meeting.id(), deal.teamId());
        assertThat(text("forecast-meeting-total-commitment"))
                .isEqualTo(Money.compact(before, Locale.SIMPLIFIED_CHINESE));

        UI rep = anotherUi(director);
        TestSessions.as(userDetails, "rep", () -> {
            rep.navigate("forecast/meetings/" + meeting.id());
            return null;
        });
        assertThat(inUi(rep, () -> text("forecast-meeting-follow-state"))).isEqualTo("正在跟随李娜");

        // The presenter steps to 张敏: the follower's page follows.
        UI.setCurrent(director);
        _clickItem(repGrid(), rowOf("张敏"));
        awaitIn(rep, () -> assertThat(_get(H3.class, spec -> spec.withId("forecast-meeting-shown-rep")).getText())
                .isEqualTo("张敏"));

        // The rep commits the deal in their own page; the director's numbers follow.
        TestSessions.as(userDetails, "rep", () -> inUi(rep, () -> {
            @SuppressWarnings("unchecked")
            Grid<DealSummary> dealsOfRep = _get(Grid.class, spec -> spec.withId("forecast-meeting-deals"));
            int row = dealsOfRep.getGenericDataView().getItems().map(DealSummary::id).toList().indexOf(deal.id());
            @SuppressWarnings("unchecked")
            Select<ForecastCategory> category = (Select<ForecastCategory>) _getCellComponent(dealsOfRep, row,
                    "category");
            _setValue(category, ForecastCategory.COMMIT);
            return null;
        }));
        BigDecimal after = before.add(BigDecimal.valueOf(600_000));
        awaitIn(director, () -> assertThat(text("forecast-meeting-total-commitment"))
                .isEqualTo(Money.compact(after, Locale.SIMPLIFIED_CHINESE)));
        assertThat(test.as("rep", () -> test.deals().find(deal.id()).orElseThrow().forecastCategory()))
                .isEqualTo(ForecastCategory.COMMIT);

        // The follower browses on their own: the presenter's next step leaves them where they are.
        inUi(rep, () -> {
            _clickItem(repGrid(), rowOf("刘洋"));
            assertThat(text("forecast-meeting-follow-state"))
                    .isEqualTo(UI.getCurrent().getTranslation("forecast.meeting.browsing"));
            return null;
        });
        UI.setCurrent(director);
        _clickItem(repGrid(), rowOf("李娜"));
        awaitIn(director, () -> assertThat(shownRep()).isEqualTo("李娜"));
        inUi(rep, () -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(shownRep()).isEqualTo("刘洋");
            // Rejoining jumps to what the presenter shows now.
            _click(_get(Button.class, spec -> spec.withId("forecast-meeting-follow")));
            assertThat(shownRep()).isEqualTo("李娜");
            assertThat(text("forecast-meeting-follow-state"))
                    .isEqualTo(UI.getCurrent().getTranslation("forecast.meeting.following", "李娜"));
            return null;
        });
    }

    @Test
    void endingTheMeetingWritesItsRecord() {
        DealDetails deal = test.create("rep", "杭州联合银行", "Meeting: record", 300_000);
        Period month = periods.containing(PeriodKind.MONTH, deal.expectedClose());
        MeetingDetails meeting = test.as("manager", () -> meetings.open(deal.teamId(), month));
        test.as("rep", () -> {
            meetings.join(meeting.id());
            return null;
        });

        openAs("manager", Locale.SIMPLIFIED_CHINESE);
        navigate("forecast/meetings/" + meeting.id());
        _setValue(_get(com.vaadin.flow.component.textfield.TextArea.class,
                spec -> spec.withId("forecast-meeting-note-text")), "张敏本月承诺杭州联合银行");
        _click(_get(Button.class, spec -> spec.withId("forecast-meeting-add-note")));
        _click(_get(Button.class, spec -> spec.withId("forecast-meeting-end")));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("forecast-meeting-end-confirm"));
        _fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));

        MeetingDetails ended = test.as("rep", () -> meetings.find(meeting.id()).orElseThrow());
        assertThat(ended.summary().status()).isEqualTo(MeetingStatus.ENDED);
        assertThat(ended.attendees()).extracting(MeetingDetails.Attendee::name).containsExactlyInAnyOrder("李娜", "张敏");
        assertThat(ended.notes()).extracting(MeetingDetails.Note::body).containsExactly("张敏本月承诺杭州联合银行");
        assertThat(ended.startNumbers()).extracting(MeetingDetails.Numbers::name).contains("张敏");
        assertThat(ended.endNumbers()).extracting(MeetingDetails.Numbers::repId).containsNull();
        assertThat(ended.permissions().write()).as("ended meetings are read-only").isFalse();
        awaitIn(UI.getCurrent(), () -> {
            assertThat(_get(Paragraph.class, spec -> spec.withId("forecast-meeting-attended")).getText())
                    .startsWith("参会人：").contains("张敏");
            assertThat(text("forecast-meeting-status")).isEqualTo("已结束");
        });
    }

    private BigDecimal commitment(long meetingId, long teamId) {
        ForecastTable table = test.as("manager", () -> meetings.numbers(meetingId));
        return table.unit(teamId).orElseThrow().numbers().commitment();
    }

    @SuppressWarnings("unchecked")
    private static Grid<RepNumbers> repGrid() {
        return _get(Grid.class, spec -> spec.withId("forecast-meeting-reps"));
    }

    private static int rowOf(String name) {
        List<RepNumbers> rows = repGrid().getGenericDataView().getItems().toList();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no row for " + name);
    }

    private static String shownRep() {
        return _get(H3.class, spec -> spec.withId("forecast-meeting-shown-rep")).getText();
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    /** Runs {@code work} in another UI of the session, then makes the previous one current again. */
    private static <T> T inUi(UI ui, java.util.function.Supplier<T> work) {
        UI previous = UI.getCurrent();
        UI.setCurrent(ui);
        try {
            return work.get();
        } finally {
            UI.setCurrent(previous);
        }
    }

    /** Waits until pushed updates have reached {@code ui} and the assertion holds there. */
    private static void awaitIn(UI ui, Runnable assertion) {
        await().atMost(Duration.ofSeconds(5)).pollInSameThread().untilAsserted(() -> inUi(ui, () -> {
            MockVaadin.clientRoundtrip(false);
            assertion.run();
            return null;
        }));
    }

    /** Another UI of the mock session: a second browser tab (see WinResultsExerciseTest). */
    private static UI anotherUi(UI first) {
        UI second = new UI();
        second.getInternals().setSession(first.getSession());
        second.doInit(VaadinRequest.getCurrent(), first.getUIId() + 1, "second");
        first.getSession().addUI(second);
        return second;
    }
}
