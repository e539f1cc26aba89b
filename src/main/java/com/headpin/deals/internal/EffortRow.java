package com.headpin.deals.internal;

import java.math.BigDecimal;

import com.headpin.deals.DealRole;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One role's effort in one stage, in person-days: a row of {@code sales_process_effort}. */
@Embeddable
public record EffortRow(@Column(name = "stage_no", nullable = false) int stageNo,
                        @Enumerated(EnumType.STRING) @Column(name = "deal_role", nullable = false, length = 20)
                        DealRole role,
                        @Column(nullable = false, precision = 6, scale = 1) BigDecimal days) {
}
