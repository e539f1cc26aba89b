package com.headpin.organisation;

import java.util.List;

/** Where a user stands: each team they are on and each unit they manage, with the path from the company down. */
public record Placement(List<List<OrgUnitSummary>> teamPaths, List<List<OrgUnitSummary>> managedPaths) {
}
