package com.headpin.deals.ui;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.headpin.deals.DealRole;
import com.headpin.deals.DealTeamMember;
import com.headpin.security.UserSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;

/**
 * The deal team: our people with their role on the deal (sales, director, consultant, technical support, service,
 * legal, finance). Members open the deal wherever it is placed.
 */
class DealTeamField extends CustomField<Set<DealTeamMember>> {

    private final Map<Long, String> names;
    private final Div chips = new Div();
    private final ComboBox<UserSummary> person = new ComboBox<>();
    private final Select<DealRole> role = new Select<>();
    /** By user: one role each, in the order added. */
    private final Map<Long, DealRole> members = new LinkedHashMap<>();

    DealTeamField(List<UserSummary> users) {
        names = users.stream().collect(Collectors.toMap(UserSummary::id, UserSummary::fullName));
        person.setItems(users);
        person.setItemLabelGenerator(UserSummary::fullName);
        person.setPlaceholder(getTranslation("deal.team.person"));
        person.setId("deal-team-person");
        role.setItems(DealRole.values());
        role.setItemLabelGenerator(r -> r == null ? "" : getTranslation(r.labelKey()));
        role.setValue(DealRole.CONSULTANT);
        role.setId("deal-team-role");
        Button add = new Button(VaadinIcon.PLUS.create(), e -> {
            if (person.getValue() != null && role.getValue() != null) {
                members.put(person.getValue().id(), role.getValue());
                person.clear();
                changed();
            }
        });
        add.setId("deal-team-add");
        add.setAriaLabel(getTranslation("deal.team.add"));
        chips.addClassName("deal-team-members");
        FlexLayout picker = new FlexLayout(person, role, add);
        picker.setAlignItems(FlexLayout.Alignment.BASELINE);
        picker.addClassName("deal-team-picker");
        add(new Div(chips, picker));
    }

    /** "陈静 (Consultant), Emma Clarke (Legal)" for conflict messages. */
    String describe(Set<DealTeamMember> team) {
        return team.stream().map(m -> name(m.userId()) + " (" + getTranslation(m.role().labelKey()) + ")").sorted()
                .collect(Collectors.joining(", "));
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        person.setVisible(!readOnly);
        role.setVisible(!readOnly);
        render();
    }

    @Override
    protected Set<DealTeamMember> generateModelValue() {
        return members.entrySet().stream().map(m -> new DealTeamMember(m.getKey(), m.getValue()))
                .collect(Collectors.toSet());
    }

    @Override
    protected void setPresentationValue(Set<DealTeamMember> value) {
        members.clear();
        (value == null ? Set.<DealTeamMember>of() : value).stream()
                .sorted(Comparator.comparing((DealTeamMember m) -> name(m.userId())))
                .forEach(m -> members.put(m.userId(), m.role()));
        render();
    }

    private void changed() {
        render();
        updateValue();
    }

    private void render() {
        chips.removeAll();
        members.forEach((userId, memberRole) -> {
            Span chip = new Span(new Span(name(userId) + " · " + getTranslation(memberRole.labelKey())));
            chip.getElement().getThemeList().add("badge pill");
            chip.addClassName("team-chip");
            if (!isReadOnly()) {
                Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                    members.remove(userId);
                    changed();
                });
                remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.LUMO_ICON);
                remove.setAriaLabel(getTranslation("action.remove"));
                chip.add(remove);
            }
            chips.add(chip);
        });
    }

    private String name(long userId) {
        return names.getOrDefault(userId, "?");
    }
}
