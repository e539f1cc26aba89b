package com.headpin.deals;

import java.math.BigDecimal;

/** The open pipeline at one stage: how many deals, their amount, and that amount at the stage's probability. */
public record StageTotal(DealStage stage, long deals, BigDecimal amount, BigDecimal weighted) {
}
