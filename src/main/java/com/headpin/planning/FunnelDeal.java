package com.headpin.planning;

import java.time.LocalDate;

import com.headpin.deals.DealStage;

/** A real deal of the rep as the plan counts it: how far it got and when it is expected to close. */
public record FunnelDeal(DealStage stage, boolean won, LocalDate expectedClose) {
}
