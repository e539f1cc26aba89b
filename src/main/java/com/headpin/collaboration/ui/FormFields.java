package com.headpin.collaboration.ui;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.BlurNotifier;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.FocusNotifier;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBoxBase;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.ui.UnreadableInput;
import com.headpin.shared.ui.FieldErrors;
import org.jspecify.annotations.Nullable;

/**
 * The one list of a form's fields. Per field: its name (as the service names it in input errors), the component,
 * the i18n key of its label, how to read it from the saved record {@code R}, its maximum length (the entity's
 * constant) and how to show a value as text (conflict dialog, "just saved" marker; by default the component's item
 * labels). Label, id ({@code <prefix>-<name-in-kebab-case>} unless set), maximum length and value-change mode are set
 * from here, and everything else a form needs (values of a record, fields for errors and focus) is derived.
 */
public final class FormFields<R> {

    /** One row of the table; {@code getter} is null for an input-only field (e.g. a password when creating). */
    record Field<R>(String name, Component component, String labelKey, @Nullable Function<R, @Nullable Object> getter,
                    Function<@Nullable Object, String> text) {

        @SuppressWarnings("unchecked")
        HasValue<?, @Nullable Object> value() {
            return (HasValue<?, @Nullable Object>) component;
        }
    }

    private final String idPrefix;
    private final Map<String, Field<R>> fields = new LinkedHashMap<>();

    /** {@code idPrefix} names the components' ids, e.g. {@code "account"} gives {@code account-alt-name}. */
    public FormFields(String idPrefix) {
        this.idPrefix = idPrefix;
    }

    /** A text field kept together with others; a null text in the record shows as empty. */
    public FormFields<R> text(String name, TextFieldBase<?, String> field, String labelKey,
                              Function<R, @Nullable String> getter, int maxLength) {
        limit(field, maxLength);
        return add(name, field, labelKey, record -> Objects.requireNonNullElse(getter.apply(record), ""),
                value -> value == null ? "" : value.toString());
    }

    /** Any other field kept together with others, its values shown as the component labels its items. */
    public <V, C extends Component & HasValue<?, V>> FormFields<R> field(String name, C field, String labelKey,
                                                                      Function<R, @Nullable V> getter) {
        return field(name, field, labelKey, getter, itemLabels(field));
    }

    /** A field whose values are shown as {@code text} says (money, yes/no, a composite value). */
    @SuppressWarnings("unchecked")
    public <V, C extends Component & HasValue<?, V>> FormFields<R> field(String name, C field, String labelKey,
                                                                      Function<R, @Nullable V> getter,
                                                                      Function<V, String> text) {
        return add(name, field, labelKey, getter::apply, value -> value == null ? "" : text.apply((V) value));
    }

    /** A field only for entering (a new record's username, a first password): label, length and errors. */
    public FormFields<R> input(String name, Component field, String labelKey, int maxLength) {
        if (field instanceof TextFieldBase<?, ?> text) {
            limit(text, maxLength);
        }
        return input(name, field, labelKey);
    }

    public FormFields<R> input(String name, Component field, String labelKey) {
        configure(name, field, labelKey);
        fields.put(name, new Field<>(name, field, labelKey, null, value -> ""));
        return this;
    }

    /** Puts the record's values into the fields. */
    public void show(R record) {
        values(record).forEach((name, value) -> fields.get(name).value().setValue(value));
    }

    /** The record's values by field name, as the fields hold them. */
    public Map<String, @Nullable Object> values(R record) {
        Map<String, @Nullable Object> values = new LinkedHashMap<>();
        live().forEach(field -> values.put(field.name(), field.getter().apply(record)));
        return values;
    }

    /** Every field read-only: for whoever may see the record but not change it (the service says which). */
    public void readOnly() {
        fields.values().stream().map(Field::component).filter(HasValue.class::isInstance)
                .forEach(field -> ((HasValue<?, ?>) field).setReadOnly(true));
    }

    /** Shows a service's refusal at the fields it names (others get a notification). */
    public void showErrors(InvalidInputException invalid) {
        FieldErrors.show(invalid, errorFields());
    }

    /**
     * Whether a field holds text it could not read (a mistyped date or amount), shown at that field: the form then
     * saves nothing, since the service would take the empty value for "none".
     */
    public boolean unreadableInput() {
        return UnreadableInput.anyIn(fields.values().stream().map(Field::component).toList());
    }

    public void clearErrors() {
        errorFields().values().forEach(FieldErrors::clear);
    }

    /** The fields that can show an error, by name. */
    public Map<String, HasValidation> errorFields() {
        Map<String, HasValidation> errors = new LinkedHashMap<>();
        fields.forEach((name, field) -> {
            if (field.component() instanceof HasValidation validation) {
                errors.put(name, validation);
            }
        });
        return errors;
    }

    /** The kept-together fields that report focus, by name: what field indicators show to others. */
    public Map<String, Component> focusFields() {
        Map<String, Component> focus = new LinkedHashMap<>();
        live().filter(field -> reportsFocus(field.component()))
                .forEach(field -> focus.put(field.name(), field.component()));
        return focus;
    }

    String idPrefix() {
        return idPrefix;
    }

    java.util.stream.Stream<Field<R>> live() {
        return fields.values().stream().filter(field -> field.getter() != null);
    }

    static boolean reportsFocus(Component component) {
        return component instanceof FocusNotifier<?> && component instanceof BlurNotifier<?>;
    }

    private FormFields<R> add(String name, Component field, String labelKey,
                              Function<R, @Nullable Object> getter, Function<@Nullable Object, String> text) {
        configure(name, field, labelKey);
        // Lazy: the server learns of typing as it happens, so nobody's save replaces text still being typed.
        if (field instanceof HasValueChangeMode mode) {
            mode.setValueChangeMode(ValueChangeMode.LAZY);
        }
        fields.put(name, new Field<>(name, field, labelKey, getter, text));
        return this;
    }

    private void configure(String name, Component field, String labelKey) {
        if (fields.containsKey(name)) {
            throw new IllegalArgumentException("Field " + name + " is listed twice");
        }
        if (field instanceof HasLabel labelled) {
            labelled.setLabel(field.getTranslation(labelKey));
        }
        if (field.getId().isEmpty()) {
            field.setId(idPrefix + "-" + name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase());
        }
    }

    private static void limit(TextFieldBase<?, ?> field, int maxLength) {
        switch (field) {
            case TextField text -> text.setMaxLength(maxLength);
            case TextArea area -> area.setMaxLength(maxLength);
            case EmailField email -> email.setMaxLength(maxLength);
            case PasswordField password -> password.setMaxLength(maxLength);
            default -> field.getElement().setProperty("maxlength", maxLength);
        }
    }

    /** How the component labels a value (asked when needed): its item labels, each item of a set, or the value. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <V> Function<V, String> itemLabels(Component field) {
        return value -> {
            ItemLabelGenerator labels = switch (field) {
                case ComboBoxBase<?, ?, ?> combo -> combo.getItemLabelGenerator();
                case Select<?> select -> select.getItemLabelGenerator();
                case CheckboxGroup<?> group -> group.getItemLabelGenerator();
                default -> null;
            };
            ItemLabelGenerator<Object> each = labels == null ? String::valueOf : labels;
            return value instanceof Collection<?> items
                    ? items.stream().map(each::apply).sorted().collect(Collectors.joining(", "))
                    : each.apply(value);
        };
    }
}
