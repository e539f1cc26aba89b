package com.headpin.deals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A user's input for a new or changed deal ({@code version} is ignored on create; the account cannot change).
 * Competitors are names: known ones are picked, new ones added to the company's list. {@code programId} links the
 * deal to the first deal of a phased project.
 */
public record DealInput(long version, long accountId, String name, @Nullable BigDecimal amount,
                        @Nullable LocalDate expectedClose, long ownerId, @Nullable Long teamId,
                        @Nullable Long regionId, ForecastCategory forecastCategory, @Nullable String nextStep,
                        Set<DealTeamMember> team, Set<String> competitors, Set<String> partners,
                        @Nullable DealPhase phase, @Nullable Long programId) {

    public DealInput {
        team = Set.copyOf(team);
        competitors = Set.copyOf(competitors);
        partners = Set.copyOf(partners);
    }

    public static DealInput from(DealDetails d) {
        return new DealInput(d.version(), d.accountId(), d.name(), d.amount(), d.expectedClose(), d.ownerId(),
                d.teamId(), d.regionId(), d.forecastCategory(), d.nextStep(), d.team(), d.competitors(),
                d.partners(), d.phase(), d.programId());
    }

    public DealInput withName(String newName) {
        return new DealInput(version, accountId, newName, amount, expectedClose, ownerId, teamId, regionId,
                forecastCategory, nextStep, team, competitors, partners, phase, programId);
    }

    public DealInput withAmount(@Nullable BigDecimal newAmount, @Nullable LocalDate newExpectedClose) {
        return new DealInput(version, accountId, name, newAmount, newExpectedClose, ownerId, teamId, regionId,
                forecastCategory, nextStep, team, competitors, partners, phase, programId);
    }

    public DealInput withCategory(ForecastCategory newCategory) {
        return new DealInput(version, accountId, name, amount, expectedClose, ownerId, teamId, regionId,
                newCategory, nextStep, team, competitors, partners, phase, programId);
    }

    public DealInput withTeam(Set<DealTeamMember> newTeam) {
        return new DealInput(version, accountId, name, amount, expectedClose, ownerId, teamId, regionId,
                forecastCategory, nextStep, newTeam, competitors, partners, phase, programId);
    }

    public DealInput withPartners(Set<String> newPartners) {
        return new DealInput(version, accountId, name, amount, expectedClose, ownerId, teamId, regionId,
                forecastCategory, nextStep, team, competitors, newPartners, phase, programId);
    }
}
