package com.headpin.deals.ui;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.headpin.collaboration.ui.FormFields;
import com.headpin.collaboration.ui.TeamField;
import com.headpin.deals.DealChoices;
import com.headpin.deals.DealDetails;
import com.headpin.deals.DealInput;
import com.headpin.deals.DealPhase;
import com.headpin.deals.DealRole;
import com.headpin.deals.DealSummary;
import com.headpin.deals.DealTeamMember;
import com.headpin.deals.ForecastCategory;
import com.headpin.deals.internal.Deal;
import com.headpin.organisation.OrgTree;
import com.headpin.organisation.OrgUnitSummary;
import com.headpin.organisation.UnitType;
import com.headpin.security.UserSummary;
import com.headpin.shared.Dates;
import com.headpin.shared.Money;
import com.headpin.shared.ui.AmountField;
import com.headpin.shared.ui.DateField;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

/**
 * A deal's fields, edited together ({@link #fields()} is the one list: names as the service uses them, labels,
 * lengths, how to read them from {@link DealDetails}); values come out as {@link DealInput}. Stage and outcome are
 * not here: they move through the gate and the outcome dialogs.
 */
class DealForm extends Composite<FormLayout> {

    /** Another deal of the account, offered as the first deal of a phased project. */
    record DealRef(long id, String name) {
    }

    private final TextField name = new TextField();
    private final AmountField amount = new AmountField();
    private final DateField expectedClose = new DateField();
    private final Select<ForecastCategory> forecastCategory = new Select<>();
    private final TextArea nextStep = new TextArea();
    private final ComboBox<UserSummary> owner = new ComboBox<>();
    private final ComboBox<OrgUnitSummary> team = new ComboBox<>();
    private final ComboBox<OrgUnitSummary> region = new ComboBox<>();
    private final TeamField<DealTeamMember, DealRole> dealTeam;
    private final MultiSelectComboBox<String> competitors = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<String> partners = new MultiSelectComboBox<>();
    private final Select<DealPhase> phase = new Select<>();
    private final ComboBox<DealRef> program = new ComboBox<>();
    private final FormFields<DealDetails> fields = new FormFields<>("deal");
    private final Map<Long, UserSummary> usersById;
    private final OrgTree tree;
    private final DealDetails deal;
    private final Map<Long, DealRef> programs;

    DealForm(DealDetails deal, List<UserSummary> users, OrgTree tree, List<String> knownCompetitors,
             List<DealSummary> accountDeals) {
        this.deal = deal;
        this.tree = tree;
        usersById = users.stream().collect(Collectors.toMap(UserSummary::id, Function.identity()));
        dealTeam = new TeamField<>("deal-team", names(users), List.of(DealRole.values()), DealRole.CONSULTANT,
                new TeamField.Members<>(DealTeamMember::userId, DealTeamMember::role, DealTeamMember::new,
                        DealRole::labelKey), "deal.team.person", "deal.team.add");
        programs = accountDeals.stream().filter(d -> d.id() != deal.id())
                .collect(Collectors.toMap(DealSummary::id, d -> new DealRef(d.id(), d.name())));
        forecastCategory.setItems(ForecastCategory.values());
        forecastCategory.setItemLabelGenerator(c -> c == null ? "" : getTranslation(c.labelKey()));
        owner.setItems(users);
        owner.setItemLabelGenerator(UserSummary::fullName);
        team.setItems(units(UnitType.TEAM, null, deal.teamId()));
        region.setItems(units(UnitType.REGION, null, deal.regionId()));
        for (ComboBox<OrgUnitSummary> unit : List.of(team, region)) {
            unit.setItemLabelGenerator(OrgUnitSummary::name);
            unit.setClearButtonVisible(true);
        }
        companies(competitors, knownCompetitors);
        companies(partners, List.of());
        competitors.setHelperText(getTranslation("deal.competitors.help"));
        phase.setItems(DealPhase.values());
        phase.setEmptySelectionAllowed(true);
        phase.setItemLabelGenerator(p -> p == null ? getTranslation("deal.phase.none") : getTranslation(p.labelKey()));
        program.setItems(programs.values().stream().sorted(Comparator.comparing(DealRef::name)).toList());
        program.setItemLabelGenerator(DealRef::name);
        program.setClearButtonVisible(true);
        program.setHelperText(getTranslation("deal.program.help"));

        fields.text("name", name, "deal.name", DealDetails::name, Deal.NAME_MAX_LENGTH)
                // Plain scale, so that "1000000" typed and 1000000.00 stored count as the same value.
                .field("amount", amount, "deal.amount", d -> plain(d.amount()), v -> Money.format(v, getLocale()))
                .field("expectedClose", expectedClose, "deal.expected-close", DealDetails::expectedClose,
                        v -> Dates.format(v, getLocale()))
                .field("forecastCategory", forecastCategory, "deal.forecast-category", DealDetails::forecastCategory)
                .text("nextStep", nextStep, "deal.next-step", DealDetails::nextStep, Deal.NEXT_STEP_MAX_LENGTH)
                .field("owner", owner, "deal.owner", d -> usersById.get(d.ownerId()))
                .field("team", team, "deal.team", d -> unit(d.teamId()))
                .field("region", region, "deal.region", d -> unit(d.regionId()))
                .field("dealTeam", dealTeam, "deal.deal-team", DealDetails::team, dealTeam::describe)
                .field("competitors", competitors, "deal.competitors", d -> new TreeSet<>(d.competitors()))
                .field("partners", partners, "deal.partners", d -> new TreeSet<>(d.partners()))
                .field("phase", phase, "deal.phase", DealDetails::phase)
                .field("program", program, "deal.program", d -> d.programId() == null ? null
                        : programs.getOrDefault(d.programId(), new DealRef(d.programId(),
                        getTranslation("deal.program.hidden"))));
        team.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                region.setValue(regionOf(e.getValue().id()));
            }
        });
        FormLayout form = getContent();
        // The next step is edited where the page shows it (nextStep()), above the action items; saved with the rest.
        nextStep.setWidthFull();
        form.add(name, amount, expectedClose, forecastCategory, owner, team, region, phase, program, competitors,
                partners, dealTeam);
        form.setColspan(name, 2);
        form.setColspan(dealTeam, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
    }

    /** Offers only what the user may do: all read-only without the right to edit, placement for managers only. */
    void allow(DealChoices choices) {
        if (!choices.mayEdit()) {
            fields.readOnly();
        }
        for (ComboBox<?> placement : List.of(owner, team, region)) {
            placement.setReadOnly(!choices.mayPlace());
            placement.setHelperText(choices.mayEdit() && !choices.mayPlace()
                    ? getTranslation("deal.placement.managers-only.help") : null);
        }
        if (choices.mayPlace()) {
            owner.setItems(usersById.values().stream()
                    .filter(u -> choices.ownerIds().contains(u.id()) || u.id() == deal.ownerId())
                    .sorted(Comparator.comparing(UserSummary::fullName)).toList());
            team.setItems(units(UnitType.TEAM, choices.teamIds(), deal.teamId()));
            region.setItems(units(UnitType.REGION, choices.regionIds(), deal.regionId()));
        }
    }

    /** The next step's field, shown on its own near the top of the page. */
    TextArea nextStep() {
        return nextStep;
    }

    FormFields<DealDetails> fields() {
        return fields;
    }

    DealInput input(long version) {
        UserSummary chosenOwner = owner.getValue();
        // A stored owner the picker cannot show (a departed user) stays when the user may not move the deal.
        long ownerId = chosenOwner != null ? chosenOwner.id() : owner.isReadOnly() ? deal.ownerId() : -1;
        return new DealInput(version, deal.accountId(), name.getValue(), amount.getValue(), expectedClose.getValue(),
                ownerId, team.getValue() == null ? null : team.getValue().id(),
                region.getValue() == null ? null : region.getValue().id(),
                Objects.requireNonNullElse(forecastCategory.getValue(), ForecastCategory.PIPELINE),
                nextStep.getValue(), dealTeam.getValue() == null ? Set.of() : dealTeam.getValue(),
                competitors.getValue(), partners.getValue(), phase.getValue(),
                program.getValue() == null ? null : program.getValue().id());
    }

    private void companies(MultiSelectComboBox<String> field, List<String> known) {
        Set<String> items = new TreeSet<>(known);
        field.setItems(items);
        field.setAllowCustomValue(true);
        field.addCustomValueSetListener(e -> {
            String typed = e.getDetail().strip();
            if (!typed.isEmpty()) {
                items.add(typed);
                Set<String> selected = new TreeSet<>(field.getValue());
                selected.add(typed);
                field.setItems(items);
                field.setValue(selected);
            }
        });
    }

    private List<OrgUnitSummary> units(UnitType type, @Nullable Set<Long> allowed, @Nullable Long current) {
        return tree.all().stream().filter(u -> u.type() == type)
                .filter(u -> allowed == null || allowed.contains(u.id()) || Objects.equals(u.id(), current))
                .toList();
    }

    private @Nullable OrgUnitSummary unit(@Nullable Long id) {
        return id == null ? null : tree.unit(id).orElse(null);
    }

    private @Nullable OrgUnitSummary regionOf(long teamId) {
        return tree.path(teamId).stream().filter(u -> u.type() == UnitType.REGION).findFirst().orElse(null);
    }

    /** The people a team picker offers, by id, in the order given. */
    private static Map<Long, String> names(List<UserSummary> users) {
        return users.stream().collect(Collectors.toMap(UserSummary::id, UserSummary::fullName, (a, b) -> a,
                LinkedHashMap::new));
    }

    private static BigDecimal plain(BigDecimal value) {
        return new BigDecimal(value.stripTrailingZeros().toPlainString());
    }
}
