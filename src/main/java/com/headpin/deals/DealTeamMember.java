package com.headpin.deals;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One of our people with a role on a deal; deal-team members open the deal wherever it is placed. */
@Embeddable
public record DealTeamMember(@Column(name = "user_id", nullable = false) long userId,
                             @Enumerated(EnumType.STRING) @Column(name = "deal_role", nullable = false, length = 20)
                             DealRole role) {
}
