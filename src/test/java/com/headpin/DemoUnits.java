package com.headpin;

import com.headpin.organisation.OrgUnitSummary;
import com.headpin.organisation.OrganisationService;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The demo organisation's units by name (demo.OrganisationDemoData): East has the Banking team (manager manages it;
 * rep, rep2 on it) and Manufacturing (consultant); North (north.director) has Energy (rep3) and Government;
 * director manages the company.
 */
public final class DemoUnits {

    public static final String EAST = "华东大区";
    public static final String NORTH = "North Region";
    public static final String BANKING = "上海金融行业组";
    public static final String MANUFACTURING = "杭州制造业组";
    public static final String ENERGY = "Energy Team";

    private DemoUnits() {
    }

    /** The unit's id, read as an administrator whoever the test is logged in as. */
    public static long id(OrganisationService organisation, UserDetailsService users, String name) {
        return TestSessions.as(users, "admin", () -> organisation.tree().all().stream()
                .filter(unit -> unit.name().equals(name)).findFirst().map(OrgUnitSummary::id).orElseThrow());
    }
}
