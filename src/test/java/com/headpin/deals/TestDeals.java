package com.headpin.deals;

import java.math.BigDecimal;
import java.util.Set;
import java.util.function.Supplier;

import com.headpin.TestSessions;
import com.headpin.accounts.AccountFilter;
import com.headpin.accounts.AccountService;
import com.headpin.security.HeadpinUserPrincipal;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Deals for tests, made through the services by the demo users (see {@code DemoUnits} for who is where). */
public record TestDeals(DealService deals, DealStageService stages, SalesProcessService process,
                        AccountService accounts, UserDetailsService userDetails) {

    public static TestDeals of(ApplicationContext context) {
        return new TestDeals(context.getBean(DealService.class), context.getBean(DealStageService.class),
                context.getBean(SalesProcessService.class), context.getBean(AccountService.class),
                context.getBean(UserDetailsService.class));
    }

    /** A new open deal at the seminar stage on the named demo account, created by {@code username}. */
    public DealDetails create(String username, String accountName, String dealName, long amount) {
        return as(username, () -> {
            DealInput draft = deals.draft(accountId(accountName));
            return deals.create(draft.withName(dealName).withAmount(BigDecimal.valueOf(amount),
                    draft.expectedClose()));
        });
    }

    /** Ticks every exit criterion of the deal's current stage and moves it one stage on. */
    public DealDetails advance(String username, long dealId) {
        return as(username, () -> {
            DealDetails deal = deals.find(dealId).orElseThrow();
            stages.check(dealId, process.current().stage(deal.stage()).exitCriteria().stream()
                    .map(ExitCriterion::id).toList(), true);
            return stages.moveStage(dealId, deals.find(dealId).orElseThrow().version(), deal.stage().next()
                    .orElseThrow(), null);
        });
    }

    public DealDetails addToTeam(String username, long dealId, String member, DealRole role) {
        return as(username, () -> {
            DealDetails deal = deals.find(dealId).orElseThrow();
            java.util.Set<DealTeamMember> team = new java.util.HashSet<>(deal.team());
            team.add(new DealTeamMember(userId(member), role));
            return deals.update(dealId, DealInput.from(deal).withTeam(Set.copyOf(team)));
        });
    }

    public long accountId(String name) {
        return as("admin", () -> accounts.page(new AccountFilter(name, null, null, null, null, null, true),
                Pageable.unpaged()).getContent().getFirst().id());
    }

    public long userId(String username) {
        return ((HeadpinUserPrincipal) userDetails.loadUserByUsername(username)).userId();
    }

    public <T> T as(String username, Supplier<T> work) {
        return TestSessions.as(userDetails, username, work);
    }
}
