package com.headpin.organisation;

import java.util.List;

/**
 * Where a user stands: each team they are on and each unit they manage, with the path from the company down,
 * and the teams inside the units they manage (what a director oversees).
 */
public record Placement(List<List<OrgUnitSummary>> teamPaths, List<List<OrgUnitSummary>> managedPaths,
                        List<OrgUnitSummary> overseenTeams) {
}
