package com.headpin.deals;

import java.math.BigDecimal;
import java.util.List;

import com.headpin.HeadpinTest;
import com.headpin.SqlStatements;
import com.headpin.TestLogin;
import com.headpin.accounts.AccountFilter;
import com.headpin.accounts.AccountService;
import com.headpin.accounts.AccountSummary;
import com.headpin.shared.BusinessCalendar;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opening the board costs the same number of SQL statements with a card or two per lane as with 500 deals: names,
 * stage dates, red flags and viewers are loaded per lane page, totals in one grouped statement. Rolls back.
 */
@HeadpinTest
@Transactional
class DealBoardStatementsTest {

    private static final Pageable FIRST_PAGE = PageRequest.of(0, 50);

    @Autowired
    DealBoardService board;
    @Autowired
    DealService deals;
    @Autowired
    DealStageService stages;
    @Autowired
    AccountService accounts;
    @Autowired
    BusinessCalendar calendar;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    EntityManager entityManager;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aBoardOf500DealsTakesAsManyStatementsAsAlmostEmptyLanes() {
        TestLogin.as(userDetails, "admin");
        List<Long> accountIds = accounts.page(AccountFilter.ALL_ACTIVE, Pageable.unpaged()).stream()
                .map(AccountSummary::id).toList();
        for (DealLane lane : DealLane.values()) {
            place(create(accountIds.getFirst(), "Lane " + lane.key()), lane);
        }
        // Once before counting, so that what is read once and kept (the sales process, the organisation) is not
        // counted in one measurement only.
        loadBoard();
        long few = SqlStatements.of(entityManager, this::loadBoard);

        for (int i = 0; i < 500; i++) {
            DealDetails deal = create(accountIds.get(i % accountIds.size()), "Board load " + i);
            if (i % 5 == 0) {
                place(deal, DealLane.values()[i % DealLane.values().length]);
            }
        }
        assertThat(board.totals(DealFilter.ALL).values().stream().mapToLong(LaneTotals::count).sum())
                .isGreaterThanOrEqualTo(508);
        long many = SqlStatements.of(entityManager, this::loadBoard);

        assertThat(many).as("statements for a board of 500 deals").isEqualTo(few);
    }

    private void loadBoard() {
        board.totals(DealFilter.ALL);
        for (DealLane lane : DealLane.values()) {
            assertThat(board.lane(lane, DealFilter.ALL, FIRST_PAGE)).isNotEmpty();
        }
    }

    private DealDetails create(long accountId, String name) {
        DealInput draft = deals.draft(accountId);
        return deals.create(draft.withName(name).withAmount(BigDecimal.valueOf(250_000), draft.expectedClose()));
    }

    private void place(DealDetails deal, DealLane lane) {
        switch (lane) {
            case WON -> stages.setOutcome(deal.id(), deal.version(), OutcomeInput.won(deal.amount(),
                    calendar.today()));
            case LOST -> stages.setOutcome(deal.id(), deal.version(), OutcomeInput.lost("Budget cut", null));
            case DELAYED -> stages.setOutcome(deal.id(), deal.version(), OutcomeInput.delayed(
                    calendar.today().plusMonths(6)));
            default -> {
                DealStage stage = lane.stage().orElseThrow();
                if (stage != deal.stage()) {
                    stages.moveStage(deal.id(), deal.version(), stage, "Board load test");
                }
            }
        }
    }
}
