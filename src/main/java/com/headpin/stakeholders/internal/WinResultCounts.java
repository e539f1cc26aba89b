package com.headpin.stakeholders.internal;

import java.util.Collection;
import java.util.Map;

/**
 * How many personal win results are recorded per buying influence, for the "unknown win results" red flag
 * ({@link PersonalWinResultCounts}); an influence left out has none.
 */
public interface WinResultCounts {

    Map<Long, Integer> counts(Collection<Long> influenceIds);
}
