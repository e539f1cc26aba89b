package com.headpin.stakeholders.internal;

import java.util.Collection;
import java.util.Map;

/**
 * How many personal win results are recorded per buying influence (the win-results part of this module answers it;
 * an influence left out has none). Without such a bean no win results are known, so every influence counts as one
 * with unknown win results.
 */
public interface WinResultCounts {

    Map<Long, Integer> counts(Collection<Long> influenceIds);
}
