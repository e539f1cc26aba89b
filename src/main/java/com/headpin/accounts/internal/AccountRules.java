package com.headpin.accounts.internal;

import com.headpin.accounts.AccountInput;

import java.util.Objects;

import com.headpin.organisation.OrgTree;
import com.headpin.organisation.OrgUnitSummary;
import com.headpin.organisation.OrganisationService;
import com.headpin.organisation.UnitType;
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

    private final AccountRepository accounts;
    private final Visibility visibility;
    private final OrganisationService organisation;

    public AccountRules(AccountRepository accounts, Visibility visibility, OrganisationService organisation) {
        this.accounts = accounts;
        this.visibility = visibility;
        this.organisation = organisation;
    }

    public void check(AccountInput input, @Nullable Long selfId) {
        InputRules rules = new InputRules().name("name", input.name(), Account.NAME_MAX_LENGTH);
        String altName = InputRules.trimToNull(input.altName());
        if (altName != null) {
            rules.name("altName", altName, Account.ALT_NAME_MAX_LENGTH);
        }
        rules.maxLength("address", input.address(), Account.ADDRESS_MAX_LENGTH)
                .maxLength("notes", input.notes(), Account.NOTES_MAX_LENGTH);
        String website = InputRules.trimToNull(input.website());
        if (website != null && !InputRules.isWebAddress(website, Account.WEBSITE_MAX_LENGTH)) {
            rules.reject("website", "account.website.invalid");
        }
        rules.amount("annualPotential", input.annualPotential());
        VisibilityScope scope = visibility.current();
        if (!scope.all() && !scope.ownerIds().contains(input.ownerId())) {
            rules.reject("owner", "account.owner.outside");
        }
        OrgTree tree = organisation.tree();
        if (input.teamId() != null && tree.unit(input.teamId()).map(OrgUnitSummary::type)
                .filter(UnitType.TEAM::equals).isEmpty()) {
            rules.reject("team", "validation.invalid-choice");
        }
        if (input.regionId() != null && tree.unit(input.regionId()).map(OrgUnitSummary::type)
                .filter(UnitType.REGION::equals).isEmpty()) {
            rules.reject("region", "validation.invalid-choice");
        }
        if (input.parentId() != null) {
            if (Objects.equals(input.parentId(), selfId)) {
                rules.reject("parent", "account.parent.self");
            } else if (accounts.findById(input.parentId()).filter(a -> visibility.current().canSee(a.getOwnerId(), a.getTeamId())).isEmpty()) {
                rules.reject("parent", "validation.invalid-choice");
            }
        }
        rules.check();
    }
}
