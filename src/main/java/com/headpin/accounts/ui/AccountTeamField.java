package com.headpin.accounts.ui;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.headpin.accounts.AccountTeamMember;
import com.headpin.accounts.AccountTeamRole;
import com.headpin.security.UserSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

/** The account team: our people with their role on the account (account manager, consultant, sponsor, ...). */
class AccountTeamField extends CustomField<Set<AccountTeamMember>> {

    private final Map<Long, UserSummary> usersById;
    private final Div members = new Div();
    private final ComboBox<UserSummary> person = new ComboBox<>();
    private final Select<AccountTeamRole> role = new Select<>();
    private Set<AccountTeamMember> current = new LinkedHashSet<>();

    AccountTeamField(List<UserSummary> users) {
        usersById = users.stream().collect(Collectors.toMap(UserSummary::id, Function.identity()));
        person.setItems(users);
        person.setItemLabelGenerator(UserSummary::fullName);
        person.setPlaceholder(getTranslation("account.account-team.person"));
        person.setId("account-team-person");
        role.setItems(AccountTeamRole.values());
        role.setItemLabelGenerator(r -> r == null ? "" : getTranslation(r.labelKey()));
        role.setValue(AccountTeamRole.ACCOUNT_MANAGER);
        role.setId("account-team-role");
        Button add = new Button(VaadinIcon.PLUS.create(), e -> addMember());
        add.setId("account-team-add");
        add.setAriaLabel(getTranslation("account.account-team.add"));
        add.setTooltipText(getTranslation("account.account-team.add"));
        members.addClassName("account-team-members");
        HorizontalLayout picker = new HorizontalLayout(person, role, add);
        picker.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        VerticalLayout layout = new VerticalLayout(members, picker);
        layout.setPadding(false);
        layout.setSpacing(false);
        add(layout);
    }

    /** "陈静 (Consultant), Emma Clarke (Account manager)" for conflict messages. */
    String describe(Set<AccountTeamMember> team) {
        return team.stream().map(m -> name(m) + " (" + getTranslation(m.role().labelKey()) + ")").sorted()
                .collect(Collectors.joining(", "));
    }

    @Override
    protected Set<AccountTeamMember> generateModelValue() {
        return Set.copyOf(current);
    }

    @Override
    protected void setPresentationValue(Set<AccountTeamMember> value) {
        current = new LinkedHashSet<>(value == null ? Set.of() : value);
        render();
    }

    private void addMember() {
        if (person.getValue() == null || role.getValue() == null) {
            return;
        }
        long id = person.getValue().id();
        current.removeIf(member -> member.userId() == id);
        current.add(new AccountTeamMember(id, role.getValue()));
        person.clear();
        render();
        updateValue();
    }

    private void render() {
        members.removeAll();
        current.stream().sorted(Comparator.comparing(this::name)).forEach(member -> {
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                current.remove(member);
                render();
                updateValue();
            });
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.LUMO_ICON);
            remove.setAriaLabel(getTranslation("action.remove"));
            Span chip = new Span(new Span(name(member) + " · " + getTranslation(member.role().labelKey())), remove);
            chip.getElement().getThemeList().add("badge pill");
            chip.addClassName("team-chip");
            members.add(chip);
        });
    }

    private String name(AccountTeamMember member) {
        UserSummary user = usersById.get(member.userId());
        return user == null ? "?" : user.fullName();
    }
}
