package com.headpin.shared.ui;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

import com.headpin.shared.AmountText;
import com.headpin.shared.HeadpinI18NProvider;
import com.headpin.shared.InputRules;
import com.headpin.shared.Money;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasPlaceholder;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.shared.HasClearButton;
import com.vaadin.flow.component.shared.HasPrefix;
import com.vaadin.flow.component.shared.HasSuffix;
import com.vaadin.flow.component.shared.HasThemeVariant;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.shared.InputField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.data.binder.HasValidator;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.ValidationStatusChangeEvent;
import com.vaadin.flow.data.binder.ValidationStatusChangeListener;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;

/**
 * The app's amount field (CNY); use it for every amount instead of a {@code BigDecimalField}. The number shows with
 * thousands separators inside the field while it is typed (8,000,000, the caret kept in place) in both languages,
 * and it reads what users type or paste ({@link AmountText}: separators, ¥, full-width digits, decimals). In
 * Chinese the amount in 万 shows below it. Text it cannot read leaves the value empty and says so at the field; a
 * form asks {@link #unreadable} (or {@code FormFields.unreadableInput()}) before saving, as for dates.
 */
@Tag("vaadin-text-field")
@JsModule("@vaadin/text-field/src/vaadin-text-field.js")
public class AmountField extends AbstractSinglePropertyField<AmountField, BigDecimal>
        implements InputField<AbstractField.ComponentValueChangeEvent<AmountField, BigDecimal>, BigDecimal>,
        Focusable<AmountField>, HasValidationProperties, HasValidator<BigDecimal>, HasValueChangeMode, HasPrefix,
        HasSuffix, HasClearButton, HasPlaceholder, HasAriaLabel, HasThemeVariant<TextFieldVariant> {

    /** The hint shown below an empty field, kept in the browser too (it shows 万 there while typing). */
    static final String HINT_PROPERTY = "_amountHint";

    private final List<ValidationStatusChangeListener<BigDecimal>> statusListeners = new CopyOnWriteArrayList<>();
    private ValueChangeMode valueChangeMode = ValueChangeMode.ON_CHANGE;
    private int valueChangeTimeout = DEFAULT_CHANGE_TIMEOUT;
    private @Nullable String hint;
    private boolean showsUnreadable;

    public AmountField() {
        super("value", null, String.class, AmountField::read, AmountField::write);
        // The server decides what is valid (the field's own check and the services'); the browser only shows it.
        getElement().setProperty("manualValidation", true);
        setValueChangeMode(ValueChangeMode.ON_CHANGE);
        setPrefixComponent(new Span("¥"));
    }

    public AmountField(String label) {
        this();
        setLabel(label);
    }

    /** Whether the field holds text it could not read as an amount; its value is then empty. */
    public boolean holdsUnreadableText() {
        return getValue() == null && !text().isBlank();
    }

    /** The text as typed (or as the field shows its value). */
    public String text() {
        return Objects.requireNonNullElse(getElement().getProperty("value"), "");
    }

    /**
     * Whether any amount field among {@code fields} holds text it could not read; each says so. The form then saves
     * nothing: the service would take the empty value for "none".
     */
    public static boolean unreadable(Collection<?> fields) {
        List<AmountField> unread = fields.stream().filter(AmountField.class::isInstance).map(AmountField.class::cast)
                .filter(AmountField::holdsUnreadableText).toList();
        unread.forEach(AmountField::showUnreadable);
        return !unread.isEmpty();
    }

    /** Shown below the field (what to enter, where the value came from); in Chinese after the amount in 万. */
    public void setHint(@Nullable String hint) {
        this.hint = hint;
        getElement().setProperty(HINT_PROPERTY, hint == null ? "" : hint);
        showHelper();
    }

    @Override
    public ValueChangeMode getValueChangeMode() {
        return valueChangeMode;
    }

    @Override
    public void setValueChangeMode(ValueChangeMode mode) {
        valueChangeMode = mode;
        setSynchronizedEvent(ValueChangeMode.eventForMode(mode, "value-changed"));
        ValueChangeMode.applyChangeTimeout(mode, valueChangeTimeout, getSynchronizationRegistration());
    }

    @Override
    public void setValueChangeTimeout(int timeout) {
        valueChangeTimeout = timeout;
        ValueChangeMode.applyChangeTimeout(valueChangeMode, timeout, getSynchronizationRegistration());
    }

    @Override
    public int getValueChangeTimeout() {
        return valueChangeTimeout;
    }

    @Override
    public Validator<BigDecimal> getDefaultValidator() {
        return (value, context) -> holdsUnreadableText()
                ? ValidationResult.error(getTranslation("amount.unreadable")) : ValidationResult.ok();
    }

    @Override
    public Registration addValidationStatusChangeListener(ValidationStatusChangeListener<BigDecimal> listener) {
        return Registration.addAndRemove(statusListeners, listener);
    }

    @Override
    public void setValue(@Nullable BigDecimal value) {
        super.setValue(value);
        textChanged();
    }

    @Override
    protected void setModelValue(@Nullable BigDecimal value, boolean fromClient) {
        super.setModelValue(value, fromClient);
        // Also when the value stays empty: other unreadable text, or text cleared.
        textChanged();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        AmountTyping.install(this, chinese());
    }

    /**
     * The typed text changed: unreadable text says so at once; readable text clears an earlier message (the user
     * is correcting it), as Vaadin's own fields do.
     */
    private void textChanged() {
        boolean unreadable = holdsUnreadableText();
        if (unreadable) {
            showUnreadable();
        } else if (isInvalid()) {
            FieldErrors.clear(this);
        }
        if (unreadable != showsUnreadable) {
            showsUnreadable = unreadable;
            ValidationStatusChangeEvent<BigDecimal> event = new ValidationStatusChangeEvent<>(this, !unreadable);
            statusListeners.forEach(listener -> listener.validationStatusChanged(event));
        }
        showHelper();
    }

    private void showUnreadable() {
        setErrorMessage(getTranslation("amount.unreadable"));
        setInvalid(true);
    }

    private void showHelper() {
        BigDecimal value = getValue();
        if (value == null) {
            setHelperText(hint);
        } else if (!InputRules.isAmount(value)) {
            setHelperText(getTranslation("validation.amount"));
        } else {
            // In English the field itself reads as lists do (¥8,000,000); Chinese readers count in 万.
            setHelperText(chinese() ? withHint(Money.format(value, getLocale())) : hint);
        }
    }

    private String withHint(String amount) {
        return hint == null || hint.isBlank() ? amount : amount + " · " + hint;
    }

    private boolean chinese() {
        return HeadpinI18NProvider.CHINESE.equals(HeadpinI18NProvider.supported(getLocale()));
    }

    private static @Nullable BigDecimal read(@Nullable String text) {
        return text == null ? null : AmountText.parse(text).orElse(null);
    }

    private static String write(@Nullable BigDecimal value) {
        return value == null ? "" : AmountText.format(value);
    }
}
