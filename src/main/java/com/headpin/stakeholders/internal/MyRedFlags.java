package com.headpin.stakeholders.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.headpin.deals.DealOutcome;
import com.headpin.deals.DealService;
import com.headpin.deals.DealSummary;
import com.headpin.security.CurrentUser;
import com.headpin.security.Role;
import com.headpin.stakeholders.BuyingInfluenceService;
import com.headpin.stakeholders.FlagKind;
import com.headpin.stakeholders.FlaggedDeal;
import com.headpin.stakeholders.InfluenceRow;
import org.springframework.stereotype.Component;

/**
 * The open red flags on the caller's deals, for the home card ({@code RedFlagService.forMe}): a rep's own deals and
 * those they are on (and flags they must clear), a director's or administrator's whole part of the company. Only
 * deals the caller may see ({@code DealService.summaries}).
 */
@Component
public class MyRedFlags {

    private final RedFlagRepository flags;
    private final AutoRedFlagRepository autoFlags;
    private final AutoFlagComputer computer;
    private final DealService deals;
    private final BuyingInfluenceService influences;
    private final CurrentUser currentUser;

    MyRedFlags(RedFlagRepository flags, AutoRedFlagRepository autoFlags, AutoFlagComputer computer,
               DealService deals, BuyingInfluenceService influences, CurrentUser currentUser) {
        this.flags = flags;
        this.autoFlags = autoFlags;
        this.computer = computer;
        this.deals = deals;
        this.influences = influences;
        this.currentUser = currentUser;
    }

    /** Newest first. */
    public List<FlaggedDeal> list() {
        long me = currentUser.requireId();
        boolean wide = currentUser.hasAny(Role.ADMIN, Role.DIRECTOR);
        List<AutoRedFlag> automatic = autoFlags.findAllByOrderByRaisedAtDesc();
        List<RedFlag> manual = flags.findByKindAndClearedAtIsNull(FlagKind.FLAG);
        Set<Long> ids = new HashSet<>();
        automatic.forEach(f -> ids.add(f.getDealId()));
        manual.forEach(f -> ids.add(f.getDealId()));
        Map<Long, DealSummary> visible = ids.isEmpty() ? Map.of() : deals.summaries(ids).stream()
                .filter(d -> d.outcome() == DealOutcome.OPEN)
                .collect(Collectors.toMap(DealSummary::id, Function.identity()));
        Map<Long, Boolean> mine = new HashMap<>();
        Function<Long, Boolean> isMine = dealId -> wide || mine.computeIfAbsent(dealId, id -> {
            DealSummary deal = visible.get(id);
            return deal.ownerId() == me || deals.find(id).map(d -> d.team().stream()
                    .anyMatch(member -> member.userId() == me)).orElse(false);
        });
        Map<Long, Map<Long, InfluenceRow>> people = new HashMap<>();
        List<FlaggedDeal> found = new ArrayList<>();
        for (AutoRedFlag flag : automatic) {
            DealSummary deal = visible.get(flag.getDealId());
            if (deal != null && isMine.apply(deal.id())) {
                InfluenceRow person = flag.getContactId() == null ? null : people.computeIfAbsent(deal.id(),
                        id -> influences.list(id).stream().collect(Collectors.toMap(InfluenceRow::contactId,
                                Function.identity(), (a, b) -> a))).get(flag.getContactId());
                found.add(new FlaggedDeal(deal, flag.getRule(), person == null ? null : person.contactName(),
                        computer.daysWithoutContact(person), null, null, flag.getRaisedAt()));
            }
        }
        for (RedFlag flag : manual) {
            DealSummary deal = visible.get(flag.getDealId());
            if (deal != null && (flag.getOwnerId() == me || isMine.apply(deal.id()))) {
                found.add(new FlaggedDeal(deal, null, null, null, flag.getCategory(), flag.getText(),
                        flag.getRaisedAt()));
            }
        }
        found.sort(Comparator.comparing(FlaggedDeal::raisedAt).reversed());
        return found;
    }
}
