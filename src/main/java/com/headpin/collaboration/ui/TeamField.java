package com.headpin.collaboration.ui;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

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
 * Our people with their role on a record (an account team, a deal team): one chip per person, a person and role
 * picker to add one (adding someone again changes their role). Read-only, it shows the chips only. The value is the
 * set of members, as the record's own member type {@code M}; people are user ids with their names, in the order the
 * picker offers them.
 */
public class TeamField<M, R> extends CustomField<Set<M>> {

    /** How the record's member type is read and made, and how its roles are labelled. */
    public record Members<M, R>(ToLongFunction<M> userId, Function<M, R> role, BiFunction<Long, R, M> of,
                                Function<R, String> labelKey) {
    }

    private final Members<M, R> kind;
    private final Map<Long, String> names;
    private final Div chips = new Div();
    private final ComboBox<Long> person = new ComboBox<>();
    private final Select<R> role = new Select<>();
    /** By user: one role each, in the order shown. */
    private final Map<Long, R> members = new LinkedHashMap<>();

    /**
     * {@code idPrefix} names the parts ({@code <prefix>-person}, {@code -role}, {@code -add}); {@code personKey} and
     * {@code addKey} are the i18n keys of the person picker's placeholder and the add button's label.
     */
    public TeamField(String idPrefix, Map<Long, String> people, List<R> roles, R defaultRole, Members<M, R> kind,
                     String personKey, String addKey) {
        this.kind = kind;
        names = Map.copyOf(people);
        person.setItems(List.copyOf(people.keySet()));
        person.setItemLabelGenerator(this::name);
        person.setPlaceholder(getTranslation(personKey));
        person.setId(idPrefix + "-person");
        role.setItems(roles);
        role.setItemLabelGenerator(r -> r == null ? "" : getTranslation(kind.labelKey().apply(r)));
        role.setValue(defaultRole);
        role.setId(idPrefix + "-role");
        Button add = new Button(VaadinIcon.PLUS.create(), e -> {
            if (person.getValue() != null && role.getValue() != null) {
                members.put(person.getValue(), role.getValue());
                person.clear();
                changed();
            }
        });
        add.setId(idPrefix + "-add");
        add.setAriaLabel(getTranslation(addKey));
        add.setTooltipText(getTranslation(addKey));
        chips.addClassName("team-members");
        FlexLayout picker = new FlexLayout(person, role, add);
        picker.setAlignItems(FlexLayout.Alignment.BASELINE);
        picker.addClassName("team-picker");
        add(new Div(chips, picker));
    }

    /** "陈静 (Consultant), Emma Clarke (Legal)" for conflict messages. */
    public String describe(Set<M> team) {
        return team.stream().map(m -> name(kind.userId().applyAsLong(m)) + " ("
                        + getTranslation(kind.labelKey().apply(kind.role().apply(m))) + ")").sorted()
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
    protected Set<M> generateModelValue() {
        return members.entrySet().stream().map(m -> kind.of().apply(m.getKey(), m.getValue()))
                .collect(Collectors.toSet());
    }

    @Override
    protected void setPresentationValue(Set<M> value) {
        members.clear();
        (value == null ? Set.<M>of() : value).stream()
                .sorted(Comparator.comparing((M m) -> name(kind.userId().applyAsLong(m))))
                .forEach(m -> members.put(kind.userId().applyAsLong(m), kind.role().apply(m)));
        render();
    }

    private void changed() {
        render();
        updateValue();
    }

    private void render() {
        chips.removeAll();
        members.forEach((userId, memberRole) -> {
            Span chip = new Span(new Span(name(userId) + " · " + getTranslation(kind.labelKey().apply(memberRole))));
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
