package com.headpin.accounts.internal;

import com.headpin.accounts.AccountInput;

import java.util.Objects;

import com.headpin.organisation.OrgTree;
import com.headpin.organisation.PlacementRules;
import com.headpin.organisation.VisibilityScope;
import com.headpin.shared.InputRules;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Where an account may be put, part of {@link AccountRules}: owner, team and region by the organisation's
 * {@link PlacementRules} (within the creator's part; moved later only by the managers above); a stored parent the
 * editor cannot see stays as it is.
 */
@Component
public class AccountPlacementRules {

    private final AccountRepository accounts;
    private final PlacementRules placement;

    AccountPlacementRules(AccountRepository accounts, PlacementRules placement) {
        this.accounts = accounts;
        this.placement = placement;
    }

    void check(AccountInput input, @Nullable Account stored, VisibilityScope scope, OrgTree tree,
               InputRules rules) {
        placement.check(new PlacementRules.Place(input.ownerId(), input.teamId(), input.regionId()),
                stored == null ? null : new PlacementRules.Place(stored.getOwnerId(), stored.getTeamId(),
                        stored.getRegionId()), scope, tree, "account", rules);
        checkParent(input, stored, scope, rules);
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

    private boolean visible(long accountId, VisibilityScope scope) {
        return accounts.findById(accountId).filter(account -> account.visibleTo(scope)).isPresent();
    }
}
