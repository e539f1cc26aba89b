package com.headpin.organisation;

import java.util.Objects;

import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import com.headpin.shared.InputRules;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Where a record placed by owner, team and region (an account, a deal) may be put: a new record within its creator's
 * own part of the organisation; afterwards only the managers above it (its team's manager, the directors above,
 * ADMIN) move it, and only within their part. Values the input leaves as stored are never checked, so saving an
 * unchanged record cannot fail on them. Field names are {@code owner}, {@code team} and {@code region}; message keys
 * start with the module's prefix ({@code account.owner.outside}, {@code deal.owner.outside}, ...).
 */
@Component
public class PlacementRules {

    /** A record's place: its owner, team and region. */
    public record Place(long ownerId, @Nullable Long teamId, @Nullable Long regionId) {
    }

    private final UserAccountService users;

    PlacementRules(UserAccountService users) {
        this.users = users;
    }

    /** Adds a refusal to {@code rules} for each field of {@code wanted} the scope's user may not set. */
    public void check(Place wanted, @Nullable Place stored, VisibilityScope scope, OrgTree tree, String keyPrefix,
                      InputRules rules) {
        boolean ownerChanged = stored == null || stored.ownerId() != wanted.ownerId();
        boolean teamChanged = stored == null || !Objects.equals(stored.teamId(), wanted.teamId());
        boolean regionChanged = stored == null || !Objects.equals(stored.regionId(), wanted.regionId());
        if (!ownerChanged && !teamChanged && !regionChanged) {
            return;
        }
        if (stored != null && !scope.canManage(stored.ownerId(), stored.teamId(), stored.regionId())) {
            rules.reject(ownerChanged ? "owner" : teamChanged ? "team" : "region",
                    keyPrefix + ".placement.managers-only");
            return;
        }
        if (ownerChanged) {
            if (wanted.ownerId() <= 0) {
                rules.reject("owner", "validation.required");
            } else if (!scope.mayAssignOwner(wanted.ownerId())
                    || users.find(wanted.ownerId()).filter(UserSummary::enabled).isEmpty()) {
                rules.reject("owner", keyPrefix + ".owner.outside");
            }
        }
        if (teamChanged && wanted.teamId() != null) {
            if (!isA(UnitType.TEAM, wanted.teamId(), tree)) {
                rules.reject("team", "validation.invalid-choice");
            } else if (!scope.mayAssignTeam(wanted.teamId())) {
                rules.reject("team", keyPrefix + ".team.outside");
            }
        }
        if (regionChanged && wanted.regionId() != null) {
            if (!isA(UnitType.REGION, wanted.regionId(), tree)) {
                rules.reject("region", "validation.invalid-choice");
            } else if (!scope.mayAssignRegion(wanted.regionId())) {
                rules.reject("region", keyPrefix + ".region.outside");
            }
        }
        // The team decides where a record lies: a region beside it must be the team's own.
        if ((teamChanged || regionChanged) && wanted.teamId() != null && wanted.regionId() != null
                && tree.path(wanted.teamId()).stream().map(OrgUnitSummary::id).noneMatch(wanted.regionId()::equals)) {
            rules.reject("region", keyPrefix + ".region.not-of-team");
        }
        // Each choice may be fine on its own and still put the record where its editor would lose it.
        if (!scope.canSee(wanted.ownerId(), wanted.teamId(), wanted.regionId())) {
            rules.reject(wanted.teamId() == null && wanted.regionId() != null ? "region" : "team",
                    keyPrefix + ".placement.out-of-sight");
        }
    }

    /** The region a team lies in, if any: a new record's default region beside its team. */
    public static @Nullable Long regionOf(long teamId, OrgTree tree) {
        return tree.path(teamId).stream().filter(unit -> unit.type() == UnitType.REGION).map(OrgUnitSummary::id)
                .findFirst().orElse(null);
    }

    private static boolean isA(UnitType type, long unitId, OrgTree tree) {
        return tree.unit(unitId).map(OrgUnitSummary::type).filter(type::equals).isPresent();
    }
}
