package com.headpin.deals;

/** One written condition a deal must meet before it leaves {@code stage}. */
public record ExitCriterion(long id, DealStage stage, String text) {
}
