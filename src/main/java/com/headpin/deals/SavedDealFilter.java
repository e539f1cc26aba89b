package com.headpin.deals;

/**
 * The caller's saved board and list filters ({@link DealFilter#shared()}), at {@code version} (0: never saved, the
 * default "my deals").
 */
public record SavedDealFilter(long version, DealFilter filter) {
}
