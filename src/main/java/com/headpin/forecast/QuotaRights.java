package com.headpin.forecast;

import com.headpin.forecast.internal.Quota;
import com.headpin.organisation.OrgTree;
import com.headpin.organisation.OrgUnitSummary;
import com.headpin.security.CurrentUser;
import com.headpin.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may read and change quotas. A rep's quota: changed by the managers above the rep (the forecast audience's
 * managed reps; administrators), read by them and the rep. A unit's top-down quota: set by a director who manages the
 * unit or a unit above it, or an administrator; read by whoever sees the unit's numbers.
 */
@Component
class QuotaRights {

    private final CurrentUser currentUser;

    QuotaRights(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    ForecastAudience audience(OrgTree tree) {
        return ForecastAudience.of(currentUser, tree);
    }

    boolean mayEditRep(ForecastAudience audience, long repId) {
        return audience.managed().contains(repId);
    }

    boolean maySetUnit(OrgTree tree, long unitId) {
        if (tree.unit(unitId).isEmpty()) {
            return false;
        }
        if (currentUser.has(Role.ADMIN)) {
            return true;
        }
        if (!currentUser.has(Role.DIRECTOR)) {
            return false;
        }
        Long me = currentUser.requireId();
        return tree.path(unitId).stream().map(OrgUnitSummary::managerId).anyMatch(me::equals);
    }

    boolean maySee(OrgTree tree, Quota quota) {
        ForecastAudience audience = audience(tree);
        Long repId = quota.getUserId();
        Long unitId = quota.getUnitId();
        if (repId != null) {
            return audience.rowRepIds().contains(repId) || audience.managed().contains(repId);
        }
        return unitId != null && audience.units().keySet().stream().anyMatch(unit -> unit.id() == unitId);
    }
}
