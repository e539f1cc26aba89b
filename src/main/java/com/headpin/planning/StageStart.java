package com.headpin.planning;

import java.time.LocalDate;

import com.headpin.deals.DealStage;

/** The day a planned deal must reach {@code stage} (for signed: the day it closes). */
public record StageStart(DealStage stage, LocalDate date) {
}
