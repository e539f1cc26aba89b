package com.headpin.organisation;

import java.util.List;

/** Builds an organisation tree from units for pure tests in other packages (the constructor is the module's own). */
public final class TestOrgTrees {

    private TestOrgTrees() {
    }

    public static OrgTree of(List<OrgUnitSummary> units) {
        return new OrgTree(units);
    }
}
