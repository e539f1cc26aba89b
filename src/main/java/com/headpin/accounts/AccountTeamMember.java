package com.headpin.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One of our people with a role on an account. */
@Embeddable
public record AccountTeamMember(@Column(name = "user_id", nullable = false) long userId,
                                @Enumerated(EnumType.STRING) @Column(name = "team_role", nullable = false, length = 30)
                                AccountTeamRole role) {
}
