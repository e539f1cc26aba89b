package com.headpin.accountplans;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One cell of the whitespace matrix. */
@Embeddable
public record WhitespaceCell(@Column(name = "offering", nullable = false, length = 100) String offering,
                             @Column(name = "business_unit", nullable = false, length = 100) String businessUnit,
                             @Enumerated(EnumType.STRING) @Column(name = "cell_status", nullable = false, length = 20)
                             WhitespaceStatus status) {
}
