package com.headpin.resources.ui;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.headpin.KaribuTest;
import com.headpin.TestSessions;
import com.headpin.TypedDates;
import com.headpin.deals.DealDetails;
import com.headpin.deals.TestDeals;
import com.headpin.resources.AssignInput;
import com.headpin.resources.AssignmentService;
import com.headpin.resources.RequestInput;
import com.headpin.resources.RequestRow;
import com.headpin.resources.RequestStatus;
import com.headpin.resources.ResourcePoolService;
import com.headpin.resources.ResourceRequestService;
import com.headpin.resources.ResourceSummary;
import com.headpin.resources.ResourceType;
import com.headpin.resources.StageActivity;
import com.headpin.shared.BusinessCalendar;
import com.headpin.shared.ui.DateField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dnd.DropEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A rep asks for a consultant from the war room, a director assigns in another tab and the rep's war room shows it
 * without reload; a drop that would take a person over capacity shows the conflicts and needs a reason.
 */
class ResourceRequestsTest extends KaribuTest {

    static final String ACCOUNT = "杭州联合银行";

    @Autowired ApplicationContext context;
    @Autowired UserDetailsService userDetails;
    @Autowired ResourceRequestService requests;
    @Autowired AssignmentService assignments;
    @Autowired ResourcePoolService pool;
    @Autowired BusinessCalendar calendar;

    TestDeals test;

    @BeforeEach
    void fixtures() {
        test = TestDeals.of(context);
    }

    @Test
    void aRepRequestsAConsultantTheDirectorAssignsAndTheWarRoomShowsItLive() {
        DealDetails deal = test.create("rep", ACCOUNT, "Resources: live request", 700_000);
        openAs("rep");
        navigate("deals/" + deal.id());
        selectTab("resource.requests.tab");
        _click(_get(Button.class, spec -> spec.withId("resource-request-add")));
        // Pre-filled from the sales process; dates far ahead so the consultant is free then.
        assertThat(this.<BigDecimal>value("resource-request-effort")).isPositive();
        TypedDates.type(_get(DateField.class, spec -> spec.withId("resource-request-starts")), "2032-03-01");
        TypedDates.type(_get(DateField.class, spec -> spec.withId("resource-request-ends")), "2032-03-05");
        _get(TextArea.class, spec -> spec.withId("resource-request-justification")).setValue("Discovery workshop");
        _click(_get(Button.class, spec -> spec.withId("resource-request-save")));

        RequestRow asked = TestSessions.as(userDetails, "rep", () -> requests.forDeal(deal.id())).getFirst();
        assertThat(asked.type()).isEqualTo(ResourceType.CONSULTANT);
        assertThat(asked.status()).isEqualTo(RequestStatus.REQUESTED);
        assertThat(status()).as("in the rep's language").contains("已申请");

        // The director assigns on the board, in a tab of their own.
        UI first = UI.getCurrent();
        UI second = secondUi(first);
        TestSessions.as(userDetails, "director", () -> {
            second.navigate("resources/board");
            _click(_get(Button.class, spec -> spec.withId("assign-" + asked.id())));
            @SuppressWarnings("unchecked")
            ComboBox<com.headpin.resources.Candidate> person = _get(ComboBox.class,
                    spec -> spec.withId("assign-person"));
            person.setValue(person.getListDataView().getItems()
                    .filter(c -> c.person().type() == ResourceType.CONSULTANT).findFirst().orElseThrow());
            _click(_get(Button.class, spec -> spec.withId("assign-confirm")));
            // The director leaves the board: its live updates would otherwise run in this test as the rep.
            second.navigate("resources/mine");
            return null;
        });
        UI.setCurrent(first);

        await().atMost(Duration.ofSeconds(5)).pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(status()).contains("已指派", "陈静");
        });
    }

    @Test
    void anAssignmentOverCapacityShowsTheConflictsAndNeedsAReason() {
        LocalDate week = calendar.thisWeekStart().plusWeeks(3);
        DealDetails deal = test.create("rep", ACCOUNT, "Resources: over capacity", 800_000);
        ResourceSummary consultant = TestSessions.as(userDetails, "director", () -> pool.pool()).stream()
                .filter(p -> p.type() == ResourceType.CONSULTANT).findFirst().orElseThrow();
        // A full week for the consultant first (more than their four days).
        RequestRow full = TestSessions.as(userDetails, "rep", () -> requests.request(new RequestInput(deal.id(),
                ResourceType.CONSULTANT, null, StageActivity.CONSULTING, week, week.plusDays(4), new BigDecimal("5"),
                null)));
        TestSessions.as(userDetails, "director", () -> assignments.assign(new AssignInput(full.id(), full.version(),
                consultant.id(), null, "Key deal")));
        RequestRow more = TestSessions.as(userDetails, "rep", () -> requests.request(new RequestInput(deal.id(),
                ResourceType.CONSULTANT, null, StageActivity.CONSULTING, week.plusDays(1), week.plusDays(1),
                BigDecimal.ONE, null)));

        openAs("director");
        navigate("resources/board");
        Div card = _get(Div.class, spec -> spec.withId("open-request-" + more.id()));
        Div cell = _get(Div.class, spec -> spec.withId("cell-" + consultant.id() + "-" + week));
        assertThat(cell.getClassNames()).as("already over capacity that week").contains("over");
        UI.getCurrent().getInternals().setActiveDragSourceComponent(card);
        ComponentUtil.fireEvent(cell, new DropEvent<>(cell, true, "move"));
        UI.getCurrent().getInternals().setActiveDragSourceComponent(null);

        String conflicts = _get(UnorderedList.class, spec -> spec.withId("assign-conflicts")).getElement()
                .getTextRecursively();
        // In the director's language (Chinese), whatever the browser's.
        assertThat(conflicts).contains("这一周的负荷将达到产能的", "已在 Resources: over capacity 上");
        _click(_get(Button.class, spec -> spec.withId("assign-confirm")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("assign-reason"));
        assertThat(reason.isInvalid()).as("a reason is needed").isTrue();
        assertThat(TestSessions.as(userDetails, "rep", () -> requests.forDeal(deal.id())).stream()
                .filter(r -> r.id() == more.id()).findFirst().orElseThrow().status()).isEqualTo(RequestStatus.REQUESTED);

        reason.setValue("The customer insists on the same consultant");
        _click(_get(Button.class, spec -> spec.withId("assign-confirm")));
        RequestRow assigned = TestSessions.as(userDetails, "rep", () -> requests.forDeal(deal.id())).stream()
                .filter(r -> r.id() == more.id()).findFirst().orElseThrow();
        assertThat(assigned.status()).isEqualTo(RequestStatus.ASSIGNED);
        assertThat(assigned.overrideReason()).isEqualTo("The customer insists on the same consultant");
    }

    @SuppressWarnings("unchecked")
    private <T> T value(String id) {
        return ((com.vaadin.flow.component.HasValue<?, T>) _get(Component.class, spec -> spec.withId(id))).getValue();
    }

    /** The status cell of the war room's only request (grid cells render their components on demand). */
    @SuppressWarnings("unchecked")
    private static String status() {
        com.vaadin.flow.component.grid.Grid<RequestRow> grid = _get(com.vaadin.flow.component.grid.Grid.class,
                spec -> spec.withId("resource-requests"));
        return com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, 0, "status").getElement()
                .getTextRecursively();
    }
}
