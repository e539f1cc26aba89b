package com.headpin.deals;

import java.util.function.Supplier;

import com.headpin.HeadpinTest;
import com.headpin.collaboration.CommentItem;
import com.headpin.collaboration.CommentService;
import com.headpin.collaboration.Mentionable;
import com.headpin.shared.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who sees a deal (demo organisation, see DemoUnits): a Banking deal is rep's, on the East Banking team that manager
 * manages and rep2 is on; rep3 (North Energy) sees it only once on its deal team; north.director never.
 */
@HeadpinTest
class DealScopeIT {

    @Autowired
    DealService deals;
    @Autowired
    DealStageService stages;
    @Autowired
    DealHistoryService history;
    @Autowired
    DealRecordAccess access;
    @Autowired
    CommentService comments;

    @Autowired
    ApplicationContext context;

    TestDeals test;

    @BeforeEach
    void fixtures() {
        test = TestDeals.of(context);
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aRepOfAnotherTeamFindsTheDealNotAtAllLikeAMissingOne() {
        DealDetails deal = test.create("rep", "上海浦江银行", "Scope: core banking", 1_200_000);
        long missing = Long.MAX_VALUE;

        assertThat(as("rep3", () -> deals.find(deal.id()))).isEmpty();
        assertThat(as("rep3", () -> deals.page(new DealFilter("Scope: core banking", null, null, null, null),
                Pageable.unpaged()).getContent())).isEmpty();
        assertThat(as("rep3", () -> access.canSee(deal.id()))).isFalse();
        for (long id : new long[] {deal.id(), missing}) {
            assertNotFound("rep3", () -> {
                deals.requireVisible(id);
                return null;
            });
            assertNotFound("rep3", () -> deals.update(id, DealInput.from(deal)));
            assertNotFound("rep3", () -> stages.moveStage(id, deal.version(), DealStage.EXECUTIVE_MEETING, null));
            assertNotFound("rep3", () -> history.history(id));
        }
        // The team sees it, and so do the managers above it.
        assertThat(as("rep2", () -> deals.find(deal.id()))).isPresent();
        assertThat(as("manager", () -> deals.find(deal.id()))).isPresent();
        assertThat(as("director", () -> deals.find(deal.id()))).isPresent();
        assertThat(as("north.director", () -> deals.find(deal.id()))).isEmpty();
    }

    @Test
    void aDealTeamMemberFromAnotherTeamOpensTheDealButNotItsAccount() {
        DealDetails deal = test.create("rep", "华东商业银行", "Scope: data platform", 900_000);
        test.addToTeam("rep", deal.id(), "rep3", DealRole.TECHNICAL_SUPPORT);

        DealDetails seen = as("rep3", () -> deals.find(deal.id())).orElseThrow();
        assertThat(seen.name()).isEqualTo("Scope: data platform");
        assertThat(seen.accountName()).as("the account stays outside rep3's part").isNull();
        assertThat(as("rep3", () -> deals.page(new DealFilter("Scope: data platform", null, null, null, null),
                Pageable.unpaged()).getContent())).extracting(DealSummary::id).containsExactly(deal.id());
        assertThat(as("rep3", () -> access.canSee(deal.id()))).isTrue();
        assertThat(as("rep", () -> access.mentionable(deal.id()))).extracting(Mentionable::username)
                .contains("rep3", "rep", "rep2", "manager").doesNotContain("north.director");
        // A member works on the deal, but moves it between owners and teams no more than its team's reps do.
        DealDetails renamed = as("rep3", () -> deals.update(deal.id(),
                DealInput.from(seen).withName("Scope: data platform 2")));
        assertThat(renamed.name()).isEqualTo("Scope: data platform 2");
        assertThat(as("rep3", () -> deals.choices(deal.id())).mayPlace()).isFalse();
        // Their own director does not come along.
        assertThat(as("north.director", () -> deals.find(deal.id()))).isEmpty();
        // Comments follow the deal: the member comments, an outsider can neither comment nor read them.
        as("rep3", () -> comments.add(DealTopics.DEAL, deal.id(), "Architecture review on Friday"));
        assertThat(as("rep", () -> comments.list(DealTopics.DEAL, deal.id()))).extracting(CommentItem::body)
                .contains("Architecture review on Friday");
        assertThatThrownBy(() -> as("north.director", () -> comments.list(DealTopics.DEAL, deal.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aConsultantOnTheDealTeamReadsAndCommentsButChangesNothing() {
        DealDetails deal = test.create("rep", "长三角农村商业银行", "Scope: consultant reads", 300_000);
        test.addToTeam("rep", deal.id(), "consultant", DealRole.CONSULTANT);

        DealDetails seen = as("consultant", () -> deals.find(deal.id())).orElseThrow();
        assertThat(as("consultant", () -> deals.choices(deal.id())).mayEdit()).isFalse();
        assertDenied(() -> deals.update(deal.id(), DealInput.from(seen).withName("changed")));
        assertDenied(() -> stages.moveStage(deal.id(), seen.version(), DealStage.EXECUTIVE_MEETING, null));
        assertDenied(() -> stages.setOutcome(deal.id(), seen.version(), OutcomeInput.lost("no budget", null)));
        assertDenied(() -> deals.create(DealInput.from(seen)));
        assertThat(as("consultant", () -> history.history(deal.id()))).extracting(DealHistoryEntry::change)
                .containsExactly(DealChange.CREATED);
    }

    private <T> T as(String username, Supplier<T> work) {
        return test.as(username, work);
    }

    private void assertNotFound(String username, Supplier<?> work) {
        assertThatThrownBy(() -> as(username, work)).isInstanceOfSatisfying(InvalidInputException.class,
                invalid -> assertThat(invalid.fieldErrors()).containsEntry("deal", "deal.not-found"));
    }

    private void assertDenied(Supplier<?> work) {
        assertThatThrownBy(() -> as("consultant", work)).isInstanceOf(AccessDeniedException.class);
    }
}
