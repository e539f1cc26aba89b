package com.headpin.accounts.ui;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.headpin.accounts.internal.Account;
import com.headpin.accounts.AccountChoices;
import com.headpin.accounts.AccountDetails;
import com.headpin.accounts.AccountInput;
import com.headpin.accounts.AccountRef;
import com.headpin.accounts.AccountService;
import com.headpin.accounts.AccountTeamMember;
import com.headpin.accounts.AccountTeamRole;
import com.headpin.accounts.FunnelPosition;
import com.headpin.accounts.Industry;
import com.headpin.accounts.Nature;
import com.headpin.accounts.SizeBand;
import com.headpin.accounts.Tier;
import com.headpin.collaboration.ui.FormFields;
import com.headpin.collaboration.ui.TeamField;
import com.headpin.organisation.OrgTree;
import com.headpin.organisation.OrgUnitSummary;
import com.headpin.organisation.OrganisationService;
import com.headpin.organisation.UnitType;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import com.headpin.shared.Money;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.headpin.shared.ui.AmountField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

/**
 * The account profile fields, for creating an account and for editing it together. Values come out as
 * {@link AccountInput}; {@link #fields()} is the one list of the fields (names, labels, lengths, how to read them
 * from {@link AccountDetails}).
 */
class AccountForm extends Composite<FormLayout> {

    private final TextField name = new TextField();
    private final TextField altName = new TextField();
    private final Select<Industry> industry = new Select<>();
    private final Select<Nature> nature = new Select<>();
    private final Select<SizeBand> sizeBand = new Select<>();
    private final ComboBox<OrgUnitSummary> region = new ComboBox<>();
    private final ComboBox<OrgUnitSummary> team = new ComboBox<>();
    private final ComboBox<UserSummary> owner = new ComboBox<>();
    private final Select<FunnelPosition> funnelPosition = new Select<>();
    private boolean followsDeals;
    private final ComboBox<AccountRef> parent = new ComboBox<>();
    private final AmountField annualPotential = new AmountField();
    private final Select<Tier> tierOverride = new Select<>();
    private final TextField website = new TextField();
    private final TextField address = new TextField();
    private final TextField city = new TextField();
    private final TextArea notes = new TextArea();
    private final TeamField<AccountTeamMember, AccountTeamRole> accountTeam;
    private final FormFields<AccountDetails> fields = new FormFields<>("account");
    private final Map<Long, UserSummary> usersById;
    private final Map<Long, OrgUnitSummary> unitsById;
    private final OrgTree tree;
    /** Parents shown only as "outside your part": the form keeps them, the user cannot change them. */
    private final Set<Long> hiddenParentIds = new java.util.HashSet<>();
    private boolean editable = true;
    /** The stored owner, kept when the picker cannot show them (a disabled user) and the user may not move it. */
    private long shownOwnerId = -1;

    AccountForm(AccountService accounts, UserAccountService userAccounts, OrganisationService organisation) {
        List<UserSummary> users = userAccounts.activeUsers();
        tree = organisation.tree();
        usersById = users.stream().collect(Collectors.toMap(UserSummary::id, Function.identity()));
        unitsById = tree.all().stream().collect(Collectors.toMap(OrgUnitSummary::id, Function.identity()));
        Map<Long, String> people = users.stream().collect(Collectors.toMap(UserSummary::id, UserSummary::fullName,
                (a, b) -> a, LinkedHashMap::new));
        accountTeam = new TeamField<>("account-team", people, List.of(AccountTeamRole.values()),
                AccountTeamRole.ACCOUNT_MANAGER, new TeamField.Members<>(AccountTeamMember::userId,
                AccountTeamMember::role, AccountTeamMember::new, AccountTeamRole::labelKey),
                "account.account-team.person", "account.account-team.add");
        accountTeam.setId("account-team-members");

        select(industry, Industry.values(), Industry::labelKey);
        select(nature, Nature.values(), Nature::labelKey);
        select(sizeBand, SizeBand.values(), SizeBand::labelKey);
        select(funnelPosition, FunnelPosition.values(), FunnelPosition::labelKey);
        region.setItems(tree.all().stream().filter(u -> u.type() == UnitType.REGION).toList());
        team.setItems(tree.all().stream().filter(u -> u.type() == UnitType.TEAM).toList());
        for (ComboBox<OrgUnitSummary> unit : List.of(region, team)) {
            unit.setItemLabelGenerator(OrgUnitSummary::name);
            unit.setClearButtonVisible(true);
        }
        owner.setItems(users);
        owner.setItemLabelGenerator(UserSummary::fullName);
        parent.setItems(query -> accounts.refs(query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream());
        parent.setItemLabelGenerator(AccountRef::name);
        parent.setClearButtonVisible(true);
        annualPotential.setHint(getTranslation("account.annual-potential.help"));
        tierOverride.setItems(Tier.values());
        tierOverride.setEmptySelectionAllowed(true);
        tierOverride.setEmptySelectionCaption(getTranslation("account.tier-override.none"));
        tierOverride.setItemLabelGenerator(t -> t == null ? getTranslation("account.tier-override.none")
                : getTranslation(t.labelKey()));

        fields.text("name", name, "account.name", AccountDetails::name, Account.NAME_MAX_LENGTH)
                .text("altName", altName, "account.alt-name", AccountDetails::altName, Account.ALT_NAME_MAX_LENGTH)
                .field("industry", industry, "account.industry", AccountDetails::industry)
                .field("nature", nature, "account.nature", AccountDetails::nature)
                .field("sizeBand", sizeBand, "account.size-band", AccountDetails::sizeBand)
                .field("funnelPosition", funnelPosition, "account.funnel-position", AccountDetails::funnelPosition)
                .field("owner", owner, "account.owner", a -> {
                    shownOwnerId = a.ownerId();
                    return usersById.get(a.ownerId());
                })
                .field("team", team, "account.team", a -> unit(a.teamId()))
                .field("region", region, "account.region", a -> unit(a.regionId()))
                .field("parent", parent, "account.parent", a -> a.parentId() == null ? null
                        : accounts.ref(a.parentId()).orElseGet(() -> hiddenParent(a.parentId())))
                // Plain scale, so that "1000000" typed and 1000000.00 stored count as the same value.
                .field("annualPotential", annualPotential, "account.annual-potential",
                        a -> new BigDecimal(a.annualPotential().stripTrailingZeros().toPlainString()),
                        value -> Money.format(value, getLocale()))
                .field("tierOverride", tierOverride, "account.tier-override", AccountDetails::tierOverride)
                .text("website", website, "account.website", AccountDetails::website, Account.WEBSITE_MAX_LENGTH)
                .text("address", address, "account.address", AccountDetails::address, Account.ADDRESS_MAX_LENGTH)
                .text("city", city, "account.city", AccountDetails::city, Account.CITY_MAX_LENGTH)
                .text("notes", notes, "account.notes", AccountDetails::notes, Account.NOTES_MAX_LENGTH)
                .field("accountTeam", accountTeam, "account.account-team", AccountDetails::team,
                        accountTeam::describe);
        altName.setHelperText(getTranslation("account.alt-name.help"));
        parent.setHelperText(getTranslation("account.parent.help"));
        parent.addValueChangeListener(e -> showParent());
        team.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                // The team decides the account's region: keep the two consistent as the user picks.
                regionOf(e.getValue().id()).ifPresent(region::setValue);
            }
        });
        annualPotential.setHelperText(getTranslation("account.annual-potential.help"));

        FormLayout form = getContent();
        form.add(name, altName, industry, nature, sizeBand, funnelPosition, owner, team, region, parent,
                annualPotential, tierOverride, website, address, city, notes, accountTeam);
        form.setColspan(notes, 2);
        form.setColspan(accountTeam, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
    }

    /** Blank form for a new account owned by {@code ownerId}. */
    void showNew(long ownerId, @Nullable Long teamId) {
        industry.setValue(Industry.OTHER);
        nature.setValue(Nature.PRIVATE);
        sizeBand.setValue(SizeBand.MEDIUM);
        funnelPosition.setValue(FunnelPosition.ABOVE);
        owner.setValue(usersById.get(ownerId));
        team.setValue(unit(teamId));
        region.setValue(teamId == null ? null : regionOf(teamId).orElse(null));
        annualPotential.setValue(BigDecimal.ZERO);
    }

    /**
     * Offers only what the user may do (the service refuses the rest anyway): everything read-only without the right
     * to edit; owner, team and region read-only for whoever may not move the account, otherwise limited to the
     * allowed choices plus the current values.
     */
    void allow(AccountChoices choices, long currentOwnerId, @Nullable Long currentTeamId,
               @Nullable Long currentRegionId) {
        editable = choices.mayEdit();
        if (!editable) {
            getContent().getChildren().filter(HasValue.class::isInstance)
                    .forEach(field -> ((HasValue<?, ?>) field).setReadOnly(true));
        }
        showParent();
        for (ComboBox<?> placement : List.of(owner, team, region)) {
            placement.setReadOnly(!choices.mayPlace());
            placement.setHelperText(choices.mayEdit() && !choices.mayPlace()
                    ? getTranslation("account.placement.managers-only.help") : null);
        }
        followDeals(choices.funnelFollowsDeals());
        if (choices.mayPlace()) {
            owner.setItems(usersById.values().stream()
                    .filter(u -> choices.ownerIds().contains(u.id()) || u.id() == currentOwnerId)
                    .sorted(java.util.Comparator.comparing(UserSummary::fullName)).toList());
            team.setItems(units(UnitType.TEAM, choices.teamIds(), currentTeamId));
            region.setItems(units(UnitType.REGION, choices.regionIds(), currentRegionId));
        }
    }

    /** An account with deals is where they put it in the funnel: shown, explained, not chosen. */
    void followDeals(boolean follows) {
        followsDeals = follows;
        funnelPosition.setReadOnly(!editable || follows);
        funnelPosition.setHelperText(follows ? getTranslation("account.funnel-position.follows-deals") : null);
    }

    boolean followsDeals() {
        return followsDeals;
    }

    private List<OrgUnitSummary> units(UnitType type, Set<Long> allowed, @Nullable Long current) {
        return tree.all().stream().filter(u -> u.type() == type)
                .filter(u -> allowed.contains(u.id()) || Objects.equals(u.id(), current)).toList();
    }

    private java.util.Optional<OrgUnitSummary> regionOf(long teamId) {
        return tree.path(teamId).stream().filter(u -> u.type() == UnitType.REGION).findFirst();
    }

    private AccountRef hiddenParent(long parentId) {
        hiddenParentIds.add(parentId);
        return new AccountRef(parentId, getTranslation("account.parent.hidden"));
    }

    private void showParent() {
        boolean hidden = parent.getValue() != null && hiddenParentIds.contains(parent.getValue().id());
        parent.setReadOnly(!editable || hidden);
        parent.setHelperText(getTranslation(hidden ? "account.parent.hidden.help" : "account.parent.help"));
    }

    /** The profile's fields: names, labels, lengths, how they read an account; for live editing and errors. */
    FormFields<AccountDetails> fields() {
        return fields;
    }

    AccountInput input(long version) {
        UserSummary chosenOwner = owner.getValue();
        long ownerId = chosenOwner != null ? chosenOwner.id() : owner.isReadOnly() ? shownOwnerId : -1;
        return new AccountInput(version, name.getValue(), altName.getValue(), orElse(industry.getValue(),
                Industry.OTHER), orElse(nature.getValue(), Nature.OTHER), orElse(sizeBand.getValue(), SizeBand.MEDIUM),
                region.getValue() == null ? null : region.getValue().id(),
                team.getValue() == null ? null : team.getValue().id(),
                ownerId, orElse(funnelPosition.getValue(), FunnelPosition.ABOVE),
                parent.getValue() == null ? null : parent.getValue().id(), address.getValue(), website.getValue(),
                notes.getValue(), annualPotential.getValue() == null ? BigDecimal.ZERO : annualPotential.getValue(),
                tierOverride.getValue(), accountTeam.getValue() == null ? Set.of() : accountTeam.getValue(),
                city.getValue());
    }

    private @Nullable OrgUnitSummary unit(@Nullable Long id) {
        return id == null ? null : unitsById.get(id);
    }

    private <E extends Enum<E>> void select(Select<E> select, E[] values, Function<E, String> labelKeyOf) {
        select.setItems(values);
        select.setItemLabelGenerator(value -> value == null ? "" : getTranslation(labelKeyOf.apply(value)));
    }

    private static <T> T orElse(@Nullable T value, T fallback) {
        return Objects.requireNonNullElse(value, fallback);
    }
}
