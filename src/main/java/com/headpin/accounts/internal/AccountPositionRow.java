package com.headpin.accounts.internal;

import com.headpin.accounts.FunnelPosition;

/** An account's stored funnel position, for the bulk update that follows its deals. */
public record AccountPositionRow(long id, FunnelPosition funnelPosition) {
}
