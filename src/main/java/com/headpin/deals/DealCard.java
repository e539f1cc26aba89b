package com.headpin.deals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.headpin.collaboration.PresentUser;
import org.jspecify.annotations.Nullable;

/**
 * A deal on the war-room board, as loaded at {@code version}: what its card shows. {@code accountName} is null for
 * an account the reader may not see; {@code redFlags} comes from {@link DealFlagCounts} (zero without one);
 * {@code viewers} are those who have the deal's page open now.
 */
public record DealCard(long id, long version, String name, long accountId, @Nullable String accountName,
                       BigDecimal amount, LocalDate expectedClose, long ownerId, String ownerName,
                       String ownerInitials, DealLane lane, boolean stalled, int redFlags,
                       List<PresentUser> viewers) {

    public DealCard {
        viewers = List.copyOf(viewers);
    }
}
