package com.headpin.resources;

import java.math.BigDecimal;
import java.time.YearMonth;

/** Expected days of a type of resource in a month. */
public record Demand(ResourceType type, YearMonth month, BigDecimal days) {
}
