package com.headpin.deals.internal;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import com.headpin.deals.DealInput;
import com.headpin.deals.DealOutcome;
import com.headpin.deals.DealTeamMember;
import com.headpin.deals.ForecastCategory;
import com.headpin.organisation.OrgTree;
import com.headpin.organisation.PlacementRules;
import com.headpin.organisation.VisibilityScope;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import com.headpin.shared.InputRules;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What makes a deal input acceptable: name, amount and close date within bounds, owner, team and region by the
 * organisation's placement rules, deal-team members who can log in, named competitors and partners, and a phased
 * project's link to a first deal of the same account that the editor may see.
 */
@Component
public class DealRules {

    public static final int MAX_TEAM = 30;
    public static final int MAX_COMPANIES = 20;

    private final PlacementRules placement;
    private final UserAccountService users;
    private final DealRepository deals;

    DealRules(PlacementRules placement, UserAccountService users, DealRepository deals) {
        this.placement = placement;
        this.users = users;
        this.deals = deals;
    }

    /** Checks a new deal ({@code stored} null) or a change; throws with every field's message. */
    public void check(DealInput input, @Nullable Deal stored, VisibilityScope scope, OrgTree tree) {
        InputRules rules = new InputRules().name("name", input.name(), Deal.NAME_MAX_LENGTH);
        if (input.amount() == null) {
            rules.reject("amount", "validation.required");
        }
        rules.amount("amount", input.amount());
        if (input.expectedClose() == null) {
            rules.reject("expectedClose", "validation.required");
        }
        rules.date("expectedClose", input.expectedClose())
                .maxLength("nextStep", input.nextStep(), Deal.NEXT_STEP_MAX_LENGTH);
        if (stored != null && stored.getAccountId() != input.accountId()) {
            rules.reject("account", "deal.account.fixed");
        }
        boolean won = stored != null && stored.getOutcome() == DealOutcome.WON;
        if ((input.forecastCategory() == ForecastCategory.CLOSED) != won
                && (stored == null || input.forecastCategory() != stored.getForecastCategory())) {
            rules.reject("forecastCategory", won ? "deal.category.won-is-closed" : "deal.category.closed-is-won");
        }
        placement.check(new PlacementRules.Place(input.ownerId(), input.teamId(), input.regionId()),
                stored == null ? null : new PlacementRules.Place(stored.getOwnerId(), stored.getTeamId(),
                        stored.getRegionId()), scope, tree, "deal", rules);
        checkTeam(input.team(), stored == null ? Set.of() : stored.getTeam(), rules);
        companies(rules, "competitors", input.competitors());
        companies(rules, "partners", input.partners());
        checkProgram(input, stored, scope, rules);
        rules.check();
    }

    /** The first deal of the project {@code programId} belongs to (a deal linked to a linked deal joins its first). */
    public @Nullable Long programRoot(@Nullable Long programId) {
        return programId == null ? null : deals.findById(programId)
                .map(d -> d.getProgramId() != null ? d.getProgramId() : d.requireId()).orElse(null);
    }

    private void checkTeam(Set<DealTeamMember> team, Set<DealTeamMember> stored, InputRules rules) {
        if (team.size() > MAX_TEAM) {
            rules.reject("dealTeam", "deal.too-many");
        }
        long distinct = team.stream().map(DealTeamMember::userId).distinct().count();
        if (distinct != team.size()) {
            rules.reject("dealTeam", "deal.team.twice");
        }
        // Only people added now must be able to log in: a member who has left stays until removed.
        Set<Long> storedIds = stored.stream().map(DealTeamMember::userId).collect(Collectors.toSet());
        Set<Long> added = team.stream().map(DealTeamMember::userId).filter(id -> !storedIds.contains(id))
                .collect(Collectors.toSet());
        long active = users.findAll(added).stream().filter(UserSummary::enabled).count();
        if (active != added.size()) {
            rules.reject("dealTeam", "validation.invalid-choice");
        }
    }

    private static void companies(InputRules rules, String field, Collection<String> names) {
        if (names.size() > MAX_COMPANIES) {
            rules.reject(field, "deal.too-many");
        }
        names.forEach(name -> rules.name(field, name, Deal.COMPANY_NAME_MAX_LENGTH));
    }

    private void checkProgram(DealInput input, @Nullable Deal stored, VisibilityScope scope, InputRules rules) {
        Long wanted = input.programId();
        if (wanted == null || (stored != null && Objects.equals(programRoot(wanted), stored.getProgramId()))) {
            return;
        }
        Deal first = deals.findById(wanted).filter(d -> d.visibleTo(scope)).orElse(null);
        if (first == null) {
            rules.reject("program", "validation.invalid-choice");
        } else if (first.getAccountId() != input.accountId()) {
            rules.reject("program", "deal.program.other-account");
        } else if (stored != null && Objects.equals(programRoot(wanted), stored.getId())) {
            rules.reject("program", "deal.program.self");
        } else if (stored != null && deals.existsByProgramId(stored.requireId())) {
            rules.reject("program", "deal.program.has-phases");
        }
    }
}
