package com.headpin.accounts.internal;

import com.headpin.accounts.AccountInput;

import java.util.Objects;

import com.headpin.organisation.OrgTree;
import com.headpin.organisation.OrgUnitSummary;
import com.headpin.organisation.UnitType;
import com.headpin.organisation.VisibilityScope;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import com.headpin.shared.InputRules;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Where an account may be put, part of {@link AccountRules}: a new account gets an owner, team and region within the
 * creator's own part of the organisation; afterwards only the managers above the account (its team's manager, the
 * directors above, ADMIN) move it, and only within their part. Values the input leaves as stored are never checked,
 * so saving an unchanged account cannot fail on them; a stored parent the editor cannot see stays as it is.
 */
@Component
public class AccountPlacementRules {

    private final AccountRepository accounts;
    private final UserAccountService users;

    AccountPlacementRules(AccountRepository accounts, UserAccountService users) {
        this.accounts = accounts;
        this.users = users;
    }

    void check(AccountInput input, @Nullable Account stored, VisibilityScope scope, OrgTree tree,
               InputRules rules) {
        boolean ownerChanged = stored == null || stored.getOwnerId() != input.ownerId();
        boolean teamChanged = stored == null || !Objects.equals(stored.getTeamId(), input.teamId());
        boolean regionChanged = stored == null || !Objects.equals(stored.getRegionId(), input.regionId());
        if (ownerChanged || teamChanged || regionChanged) {
            if (stored != null && !stored.managedBy(scope)) {
                rules.reject(ownerChanged ? "owner" : teamChanged ? "team" : "region",
                        "account.placement.managers-only");
            } else {
                checkPlace(input, scope, tree, ownerChanged, teamChanged, regionChanged, rules);
            }
        }
        checkParent(input, stored, scope, rules);
    }

    private void checkPlace(AccountInput input, VisibilityScope scope, OrgTree tree, boolean ownerChanged,
                            boolean teamChanged, boolean regionChanged, InputRules rules) {
        if (ownerChanged) {
            if (input.ownerId() <= 0) {
                rules.reject("owner", "validation.required");
            } else if (!scope.mayAssignOwner(input.ownerId())
                    || users.find(input.ownerId()).filter(UserSummary::enabled).isEmpty()) {
                rules.reject("owner", "account.owner.outside");
            }
        }
        if (teamChanged && input.teamId() != null) {
            if (!isA(UnitType.TEAM, input.teamId(), tree)) {
                rules.reject("team", "validation.invalid-choice");
            } else if (!scope.mayAssignTeam(input.teamId())) {
                rules.reject("team", "account.team.outside");
            }
        }
        if (regionChanged && input.regionId() != null) {
            if (!isA(UnitType.REGION, input.regionId(), tree)) {
                rules.reject("region", "validation.invalid-choice");
            } else if (!scope.mayAssignRegion(input.regionId())) {
                rules.reject("region", "account.region.outside");
            }
        }
        // The team decides where an account lies: a region beside it must be the team's own.
        if ((teamChanged || regionChanged) && input.teamId() != null && input.regionId() != null
                && tree.path(input.teamId()).stream().map(OrgUnitSummary::id).noneMatch(input.regionId()::equals)) {
            rules.reject("region", "account.region.not-of-team");
        }
        // Each choice may be fine on its own and still put the account where its editor would lose it.
        if (!scope.canSee(input.ownerId(), input.teamId(), input.regionId())) {
            rules.reject(input.teamId() == null && input.regionId() != null ? "region" : "team",
                    "account.placement.out-of-sight");
        }
    }

    private void checkParent(AccountInput input, @Nullable Account stored, VisibilityScope scope, InputRules rules) {
        Long storedParent = stored == null ? null : stored.getParentId();
        if (stored != null && Objects.equals(input.parentId(), stored.getId())) {
            rules.reject("parent", "account.parent.self");
        } else if (!Objects.equals(input.parentId(), storedParent)) {
            if (storedParent != null && !visible(storedParent, scope)) {
                rules.reject("parent", "account.parent.outside");
            } else if (input.parentId() != null && !visible(input.parentId(), scope)) {
                rules.reject("parent", "validation.invalid-choice");
            }
        }
    }

    private static boolean isA(UnitType type, long unitId, OrgTree tree) {
        return tree.unit(unitId).map(OrgUnitSummary::type).filter(type::equals).isPresent();
    }

    private boolean visible(long accountId, VisibilityScope scope) {
        return accounts.findById(accountId).filter(account -> account.visibleTo(scope)).isPresent();
    }
}
