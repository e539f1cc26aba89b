package com.headpin.accounts;

import com.headpin.accounts.internal.AccountPositionRow;
import com.headpin.accounts.internal.AccountRepository;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.headpin.shared.RecordChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Accounts follow their deals in the funnel: an account with deals is where they put it (see
 * {@link FunnelPositionSource}); one without deals stays where its team put it. Derived data, written in bulk
 * without touching versions, so a move never turns someone's open account form stale.
 */
@Component
class FunnelPositions {

    private final AccountRepository accounts;
    private final List<FunnelPositionSource> sources;
    private final ApplicationEventPublisher events;

    FunnelPositions(AccountRepository accounts, List<FunnelPositionSource> sources, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.sources = sources;
        this.events = events;
    }

    /** The positions the deals give; accounts without deals are absent (their position is the team's choice). */
    Map<Long, FunnelPosition> derived(Collection<Long> accountIds) {
        Map<Long, FunnelPosition> derived = new HashMap<>();
        if (accountIds.isEmpty()) {
            return derived;
        }
        // Several sources: an active deal anywhere keeps the account in the funnel, a signature puts it below.
        sources.forEach(source -> source.positions(accountIds).forEach((id, position) ->
                derived.merge(id, position, (a, b) -> rank(a) >= rank(b) ? a : b)));
        return derived;
    }

    /** Moves the accounts whose deals put them elsewhere, and tells their views. */
    void follow(Collection<Long> accountIds) {
        Map<Long, FunnelPosition> derived = derived(accountIds);
        if (derived.isEmpty()) {
            return;
        }
        Map<FunnelPosition, Set<Long>> moves = new EnumMap<>(FunnelPosition.class);
        for (AccountPositionRow row : accounts.positions(derived.keySet())) {
            FunnelPosition wanted = derived.get(row.id());
            if (wanted != row.funnelPosition()) {
                moves.computeIfAbsent(wanted, p -> new HashSet<>()).add(row.id());
            }
        }
        moves.forEach((position, ids) -> {
            accounts.moveInFunnel(position, ids);
            ids.forEach(id -> events.publishEvent(RecordChanged.of(AccountTopics.ACCOUNT, id,
                    Set.of("funnelPosition"), AccountTopics.LIST)));
        });
    }

    private static int rank(FunnelPosition position) {
        return switch (position) {
            case IN -> 2;
            case BELOW -> 1;
            case ABOVE -> 0;
        };
    }
}
