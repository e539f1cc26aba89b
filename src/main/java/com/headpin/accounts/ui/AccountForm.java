package com.headpin.accounts.ui;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.headpin.accounts.AccountDetails;
import com.headpin.accounts.AccountInput;
import com.headpin.accounts.AccountRef;
import com.headpin.accounts.AccountTeamMember;
import com.headpin.accounts.FunnelPosition;
import com.headpin.accounts.Industry;
import com.headpin.accounts.Nature;
import com.headpin.accounts.SizeBand;
import com.headpin.accounts.Tier;
import com.headpin.collaboration.ui.LiveFields;
import com.headpin.organisation.OrgTree;
import com.headpin.organisation.OrgUnitSummary;
import com.headpin.organisation.UnitType;
import com.headpin.security.UserSummary;
import com.headpin.shared.Money;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

/**
 * The account profile fields, for creating an account and for editing it together. Values go in as
 * {@link AccountDetails} and come out as {@link AccountInput}; {@link #liveFields()} knows what was loaded.
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
    private final ComboBox<AccountRef> parent = new ComboBox<>();
    private final BigDecimalField annualPotential = new BigDecimalField();
    private final Select<Tier> tierOverride = new Select<>();
    private final TextField website = new TextField();
    private final TextField address = new TextField();
    private final TextArea notes = new TextArea();
    private final AccountTeamField accountTeam;
    private final LiveFields liveFields = new LiveFields();
    private final Map<Long, UserSummary> usersById;
    private final Map<Long, OrgUnitSummary> unitsById;

    AccountForm(AccountFormServices services) {
        List<UserSummary> users = services.users.activeUsers();
        OrgTree tree = services.organisation.tree();
        usersById = users.stream().collect(Collectors.toMap(UserSummary::id, Function.identity()));
        unitsById = tree.all().stream().collect(Collectors.toMap(OrgUnitSummary::id, Function.identity()));
        accountTeam = new AccountTeamField(users);

        text(name, "name", "account.name", 200);
        text(altName, "alt-name", "account.alt-name", 200);
        altName.setHelperText(getTranslation("account.alt-name.help"));
        select(industry, "industry", "account.industry", Industry.values(), Industry::labelKey);
        select(nature, "nature", "account.nature", Nature.values(), Nature::labelKey);
        select(sizeBand, "size-band", "account.size-band", SizeBand.values(), SizeBand::labelKey);
        select(funnelPosition, "funnel-position", "account.funnel-position", FunnelPosition.values(),
                FunnelPosition::labelKey);
        region.setItems(tree.all().stream().filter(u -> u.type() == UnitType.REGION).toList());
        team.setItems(tree.all().stream().filter(u -> u.type() == UnitType.TEAM).toList());
        for (ComboBox<OrgUnitSummary> unit : List.of(region, team)) {
            unit.setItemLabelGenerator(OrgUnitSummary::name);
            unit.setClearButtonVisible(true);
        }
        region.setLabel(getTranslation("account.region"));
        region.setId("account-region");
        team.setLabel(getTranslation("account.team"));
        team.setId("account-team");
        owner.setLabel(getTranslation("account.owner"));
        owner.setId("account-owner");
        owner.setItems(users);
        owner.setItemLabelGenerator(UserSummary::fullName);
        parent.setLabel(getTranslation("account.parent"));
        parent.setId("account-parent");
        parent.setHelperText(getTranslation("account.parent.help"));
        parent.setItems(query -> services.accounts.refs(query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream());
        parent.setItemLabelGenerator(AccountRef::name);
        parent.setClearButtonVisible(true);
        annualPotential.setLabel(getTranslation("account.annual-potential"));
        annualPotential.setId("account-annual-potential");
        annualPotential.setPrefixComponent(new com.vaadin.flow.component.html.Span("¥"));
        annualPotential.setHelperText(getTranslation("account.annual-potential.help"));
        annualPotential.addValueChangeListener(e -> annualPotential.setHelperText(e.getValue() == null
                ? getTranslation("account.annual-potential.help") : Money.format(e.getValue(), getLocale())));
        tierOverride.setLabel(getTranslation("account.tier-override"));
        tierOverride.setId("account-tier-override");
        tierOverride.setItems(Tier.values());
        tierOverride.setEmptySelectionAllowed(true);
        tierOverride.setEmptySelectionCaption(getTranslation("account.tier-override.none"));
        tierOverride.setItemLabelGenerator(t -> t == null ? getTranslation("account.tier-override.none")
                : getTranslation(t.labelKey()));
        text(website, "website", "account.website", 300);
        text(address, "address", "account.address", 500);
        notes.setLabel(getTranslation("account.notes"));
        notes.setId("account-notes");
        accountTeam.setLabel(getTranslation("account.account-team"));
        accountTeam.setId("account-team-members");

        FormLayout form = getContent();
        form.add(name, altName, industry, nature, sizeBand, funnelPosition, owner, team, region, parent,
                annualPotential, tierOverride, website, address, notes, accountTeam);
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
        team.setValue(teamId == null ? null : unitsById.get(teamId));
        annualPotential.setValue(BigDecimal.ZERO);
    }

    void show(AccountDetails account, @Nullable AccountRef parentRef) {
        values(account, parentRef).forEach(this::set);
        trackLive();
    }

    private boolean tracked;

    private void trackLive() {
        if (tracked) {
            return;
        }
        tracked = true;
        liveFields.track("name", getTranslation("account.name"), name, v -> v)
                .track("altName", getTranslation("account.alt-name"), altName, v -> v)
                .track("industry", getTranslation("account.industry"), industry, v -> label(v, Industry::labelKey))
                .track("nature", getTranslation("account.nature"), nature, v -> label(v, Nature::labelKey))
                .track("sizeBand", getTranslation("account.size-band"), sizeBand, v -> label(v, SizeBand::labelKey))
                .track("funnelPosition", getTranslation("account.funnel-position"), funnelPosition,
                        v -> label(v, FunnelPosition::labelKey))
                .track("owner", getTranslation("account.owner"), owner, v -> v == null ? "" : v.fullName())
                .track("team", getTranslation("account.team"), team, v -> v == null ? "" : v.name())
                .track("region", getTranslation("account.region"), region, v -> v == null ? "" : v.name())
                .track("parent", getTranslation("account.parent"), parent, v -> v == null ? "" : v.name())
                .track("annualPotential", getTranslation("account.annual-potential"), annualPotential,
                        v -> v == null ? "" : Money.format(v, getLocale()))
                .track("tierOverride", getTranslation("account.tier-override"), tierOverride,
                        v -> v == null ? getTranslation("account.tier-override.none") : getTranslation(v.labelKey()))
                .track("website", getTranslation("account.website"), website, v -> v)
                .track("address", getTranslation("account.address"), address, v -> v)
                .track("notes", getTranslation("account.notes"), notes, v -> v)
                .track("accountTeam", getTranslation("account.account-team"), accountTeam,
                        accountTeam::describe);
    }

    /** The form's values for these details, keyed like {@link #liveFields()} tracks them. */
    Map<String, Object> values(AccountDetails a, @Nullable AccountRef parentRef) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", a.name());
        values.put("altName", a.altName() == null ? "" : a.altName());
        values.put("industry", a.industry());
        values.put("nature", a.nature());
        values.put("sizeBand", a.sizeBand());
        values.put("funnelPosition", a.funnelPosition());
        values.put("owner", usersById.get(a.ownerId()));
        values.put("team", a.teamId() == null ? null : unitsById.get(a.teamId()));
        values.put("region", a.regionId() == null ? null : unitsById.get(a.regionId()));
        values.put("parent", parentRef);
        // Plain scale so that "1000000" typed and 1000000.00 stored count as the same value.
        values.put("annualPotential", new BigDecimal(a.annualPotential().stripTrailingZeros().toPlainString()));
        values.put("tierOverride", a.tierOverride());
        values.put("website", a.website() == null ? "" : a.website());
        values.put("address", a.address() == null ? "" : a.address());
        values.put("notes", a.notes() == null ? "" : a.notes());
        values.put("accountTeam", a.team());
        return values;
    }

    AccountInput input(long version) {
        UserSummary chosenOwner = owner.getValue();
        return new AccountInput(version, name.getValue(), altName.getValue(), orElse(industry.getValue(),
                Industry.OTHER), orElse(nature.getValue(), Nature.OTHER), orElse(sizeBand.getValue(), SizeBand.MEDIUM),
                region.getValue() == null ? null : region.getValue().id(),
                team.getValue() == null ? null : team.getValue().id(),
                chosenOwner == null ? -1 : chosenOwner.id(), orElse(funnelPosition.getValue(), FunnelPosition.ABOVE),
                parent.getValue() == null ? null : parent.getValue().id(), address.getValue(), website.getValue(),
                notes.getValue(), annualPotential.getValue() == null ? BigDecimal.ZERO : annualPotential.getValue(),
                tierOverride.getValue(), accountTeam.getValue() == null ? Set.of() : accountTeam.getValue());
    }

    LiveFields liveFields() {
        return liveFields;
    }

    /** Fields by the names the services use in their input errors. */
    Map<String, HasValidation> errorFields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("altName", altName);
        fields.put("owner", owner);
        fields.put("team", team);
        fields.put("region", region);
        fields.put("parent", parent);
        fields.put("annualPotential", annualPotential);
        fields.put("website", website);
        fields.put("address", address);
        fields.put("notes", notes);
        return fields;
    }

    /** Fields whose focus others see (field indicators). */
    Map<String, Component> focusFields() {
        Map<String, Component> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("altName", altName);
        fields.put("industry", industry);
        fields.put("nature", nature);
        fields.put("sizeBand", sizeBand);
        fields.put("funnelPosition", funnelPosition);
        fields.put("owner", owner);
        fields.put("team", team);
        fields.put("region", region);
        fields.put("annualPotential", annualPotential);
        fields.put("tierOverride", tierOverride);
        fields.put("website", website);
        fields.put("address", address);
        fields.put("notes", notes);
        return fields;
    }

    @SuppressWarnings("unchecked")
    private void set(String field, @Nullable Object value) {
        switch (field) {
            case "name" -> name.setValue((String) value);
            case "altName" -> altName.setValue((String) value);
            case "industry" -> industry.setValue((Industry) value);
            case "nature" -> nature.setValue((Nature) value);
            case "sizeBand" -> sizeBand.setValue((SizeBand) value);
            case "funnelPosition" -> funnelPosition.setValue((FunnelPosition) value);
            case "owner" -> owner.setValue((UserSummary) value);
            case "team" -> team.setValue((OrgUnitSummary) value);
            case "region" -> region.setValue((OrgUnitSummary) value);
            case "parent" -> parent.setValue((AccountRef) value);
            case "annualPotential" -> annualPotential.setValue((BigDecimal) value);
            case "tierOverride" -> tierOverride.setValue((Tier) value);
            case "website" -> website.setValue((String) value);
            case "address" -> address.setValue((String) value);
            case "notes" -> notes.setValue((String) value);
            case "accountTeam" -> accountTeam.setValue((Set<AccountTeamMember>) value);
            default -> throw new IllegalArgumentException(field);
        }
    }

    private void text(TextField field, String id, String labelKey, int maxLength) {
        field.setLabel(getTranslation(labelKey));
        field.setId("account-" + id);
        field.setMaxLength(maxLength * 2);
    }

    private <E extends Enum<E>> void select(Select<E> select, String id, String labelKey, E[] values,
                                            Function<E, String> labelKeyOf) {
        select.setLabel(getTranslation(labelKey));
        select.setId("account-" + id);
        select.setItems(values);
        select.setItemLabelGenerator(value -> value == null ? "" : getTranslation(labelKeyOf.apply(value)));
    }

    private <E> String label(@Nullable E value, Function<E, String> labelKeyOf) {
        return value == null ? "" : getTranslation(labelKeyOf.apply(value));
    }

    private static <T> T orElse(@Nullable T value, T fallback) {
        return Objects.requireNonNullElse(value, fallback);
    }
}
