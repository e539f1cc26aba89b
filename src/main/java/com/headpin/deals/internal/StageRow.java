package com.headpin.deals.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One stage's settings, a row of {@code sales_process_stages}. */
@Embeddable
public record StageRow(@Column(name = "stage_no", nullable = false) int stageNo,
                       @Column(name = "name_en", nullable = false, length = SalesProcessRow.STAGE_NAME_MAX_LENGTH)
                       String nameEn,
                       @Column(name = "name_zh", nullable = false, length = SalesProcessRow.STAGE_NAME_MAX_LENGTH)
                       String nameZh,
                       @Column(nullable = false) int probability,
                       @Column(name = "typical_weeks", nullable = false) int typicalWeeks,
                       @Column(nullable = false) int conversion) {
}
