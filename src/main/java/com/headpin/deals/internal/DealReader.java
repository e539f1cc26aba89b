package com.headpin.deals.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.headpin.accounts.AccountService;
import com.headpin.collaboration.PresentUser;
import com.headpin.deals.DealCard;
import com.headpin.deals.DealDetails;
import com.headpin.deals.DealLane;
import com.headpin.deals.DealOutcome;
import com.headpin.deals.DealSummary;
import com.headpin.deals.SalesProcess;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import com.headpin.shared.BusinessCalendar;
import org.springframework.stereotype.Component;

/**
 * Turns deals into what views show, a page at a time: account and owner names, competitor names, the current
 * probability and weighted amount, and whether each deal is stalled (from the history: the day it entered its stage,
 * beyond the stage's typical weeks). A constant number of queries per page, not per deal.
 */
@Component
public class DealReader {

    private final AccountService accounts;
    private final UserAccountService users;
    private final CompetitorList competitors;
    private final DealHistoryRepository history;
    private final BusinessCalendar calendar;

    DealReader(AccountService accounts, UserAccountService users, CompetitorList competitors,
               DealHistoryRepository history, BusinessCalendar calendar) {
        this.accounts = accounts;
        this.users = users;
        this.competitors = competitors;
        this.history = history;
        this.calendar = calendar;
    }

    public DealDetails details(Deal deal, SalesProcess process) {
        Set<Long> competitorIds = new HashSet<>(deal.getCompetitorIds());
        if (deal.getLostToId() != null) {
            competitorIds.add(deal.getLostToId());
        }
        Map<Long, String> names = competitors.namesOf(competitorIds);
        LocalDate since = stageSince(List.of(deal)).getOrDefault(deal.requireId(), calendar.today());
        return new DealDetails(deal.requireId(), deal.getVersion(), deal.getAccountId(),
                accounts.ref(deal.getAccountId()).map(a -> a.name()).orElse(null), deal.getName(), deal.getAmount(),
                deal.getExpectedClose(), deal.getOwnerId(), deal.getTeamId(), deal.getRegionId(), deal.getStage(),
                deal.getOutcome(), deal.getForecastCategory(), deal.getFinalAmount(), deal.getSignedOn(),
                deal.getLostReason(), deal.getLostToId() == null ? null : names.get(deal.getLostToId()),
                deal.getNextStep(), deal.getTeam(),
                deal.getCompetitorIds().stream().map(names::get).collect(Collectors.toSet()), deal.getPartners(),
                deal.getPhase(), deal.getProgramId(), deal.progress().checkedCriteria(), process.probability(deal.getStage()),
                weighted(deal, process), since, stalled(deal, since, process), deal.getUpdatedAt());
    }

    public List<DealSummary> summaries(List<Deal> deals, SalesProcess process) {
        Names names = names(deals);
        return deals.stream().map(d -> new DealSummary(d.requireId(), d.getName(), d.getAccountId(),
                names.accounts().get(d.getAccountId()), d.getOwnerId(), names.ownerName(d.getOwnerId()),
                d.getStage(), d.getOutcome(), d.getForecastCategory(), d.getAmount(), process.probability(d.getStage()),
                weighted(d, process), d.getExpectedClose(), names.stalled(d, process))).toList();
    }

    /** Board cards with their red flags and viewers, loaded by the caller for the whole page. */
    public List<DealCard> cards(List<Deal> deals, SalesProcess process, Map<Long, Integer> redFlags,
                                Map<Long, List<PresentUser>> viewers) {
        Names names = names(deals);
        return deals.stream().map(d -> new DealCard(d.requireId(), d.getVersion(), d.getName(), d.getAccountId(),
                names.accounts().get(d.getAccountId()), d.getAmount(), d.getExpectedClose(), d.getOwnerId(),
                names.ownerName(d.getOwnerId()), names.ownerInitials(d.getOwnerId()),
                DealLane.of(d.getStage(), d.getOutcome()), names.stalled(d, process),
                redFlags.getOrDefault(d.requireId(), 0), viewers.getOrDefault(d.requireId(), List.of()))).toList();
    }

    /** Account and owner names and stage dates of a page of deals: three statements, whatever its size. */
    private Names names(List<Deal> deals) {
        Set<Long> accountIds = deals.stream().map(Deal::getAccountId).collect(Collectors.toSet());
        Map<Long, String> accountNames = accounts.names(accountIds);
        Set<Long> ownerIds = deals.stream().map(Deal::getOwnerId).collect(Collectors.toSet());
        Map<Long, UserSummary> owners = ownerIds.isEmpty() ? Map.of() : users.findAll(ownerIds).stream()
                .collect(Collectors.toMap(UserSummary::id, u -> u));
        return new Names(accountNames, owners, stageSince(deals), calendar.today());
    }

    private record Names(Map<Long, String> accounts, Map<Long, UserSummary> owners, Map<Long, LocalDate> since,
                         LocalDate today) {

        String ownerName(long id) {
            UserSummary owner = owners.get(id);
            return owner == null ? "?" : owner.fullName();
        }

        String ownerInitials(long id) {
            UserSummary owner = owners.get(id);
            return owner == null ? "?" : owner.initials();
        }

        boolean stalled(Deal deal, SalesProcess process) {
            return DealReader.stalled(deal, since.getOrDefault(deal.requireId(), today), process, today);
        }
    }

    /** Open deals count at their stage's probability, won ones at their final amount, the others not at all. */
    public static BigDecimal weighted(Deal deal, SalesProcess process) {
        return switch (deal.getOutcome()) {
            case OPEN -> deal.getAmount().multiply(BigDecimal.valueOf(process.probability(deal.getStage())))
                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            case WON -> deal.getFinalAmount() != null ? deal.getFinalAmount() : deal.getAmount();
            case LOST, DELAYED -> BigDecimal.ZERO;
        };
    }

    private boolean stalled(Deal deal, LocalDate since, SalesProcess process) {
        return stalled(deal, since, process, calendar.today());
    }

    private static boolean stalled(Deal deal, LocalDate since, SalesProcess process, LocalDate today) {
        if (deal.getOutcome() != DealOutcome.OPEN || !deal.getStage().isOpenStage()) {
            return false;
        }
        int weeks = process.stage(deal.getStage()).typicalWeeks();
        return weeks > 0 && today.isAfter(since.plusWeeks(weeks));
    }

    private Map<Long, LocalDate> stageSince(Collection<Deal> deals) {
        if (deals.isEmpty()) {
            return Map.of();
        }
        return history.stageSince(deals.stream().map(Deal::requireId).toList()).stream()
                .collect(Collectors.toMap(DealHistoryRepository.StageSince::getDealId,
                        DealHistoryRepository.StageSince::getSince));
    }
}
