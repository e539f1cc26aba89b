package com.headpin.accounts.internal;

import com.headpin.accounts.AccountInput;

import com.headpin.organisation.OrgTree;
import com.headpin.organisation.OrganisationService;
import com.headpin.organisation.Visibility;
import com.headpin.organisation.VisibilityScope;
import com.headpin.shared.InputRules;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What makes an account input acceptable, shared by the form and the CSV import. Not transactional on purpose: a
 * refused row must not mark the caller's transaction for rollback (the import checks every row, then decides).
 */
@Component
public class AccountRules {

    private final Visibility visibility;
    private final OrganisationService organisation;
    private final AccountPlacementRules placement;

    public AccountRules(Visibility visibility, OrganisationService organisation, AccountPlacementRules placement) {
        this.visibility = visibility;
        this.organisation = organisation;
        this.placement = placement;
    }

    /** What the rules read of the organisation: loaded once for a whole import file instead of once per row. */
    public record Organisation(OrgTree tree, VisibilityScope scope) {
    }

    public Organisation organisation() {
        return new Organisation(organisation.tree(), visibility.current());
    }

    /** Checks a new account ({@code stored} null) or a change of the stored one; throws with every field's message. */
    public void check(AccountInput input, @Nullable Account stored) {
        check(input, stored, organisation());
    }

    public void check(AccountInput input, @Nullable Account stored, Organisation org) {
        InputRules rules = new InputRules().name("name", input.name(), Account.NAME_MAX_LENGTH);
        String altName = InputRules.trimToNull(input.altName());
        if (altName != null) {
            rules.name("altName", altName, Account.ALT_NAME_MAX_LENGTH);
        }
        String city = InputRules.trimToNull(input.city());
        if (city != null) {
            rules.name("city", city, Account.CITY_MAX_LENGTH);
        }
        rules.maxLength("address", input.address(), Account.ADDRESS_MAX_LENGTH)
                .maxLength("notes", input.notes(), Account.NOTES_MAX_LENGTH);
        String website = InputRules.trimToNull(input.website());
        if (website != null && !InputRules.isWebAddress(website, Account.WEBSITE_MAX_LENGTH)) {
            rules.reject("website", "account.website.invalid");
        }
        rules.amount("annualPotential", input.annualPotential());
        placement.check(input, stored, org.scope(), org.tree(), rules);
        rules.check();
    }
}
