package com.headpin.shared.ui;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.headpin.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.junit.jupiter.api.Test;

import static com.headpin.TypedAmounts.type;
import static org.assertj.core.api.Assertions.assertThat;

class AmountFieldTest extends KaribuTest {

    @Test
    void typedAmountsAreReadWithSeparatorsFullWidthDigitsAndDecimals() {
        openAs("rep3");
        AmountField field = new AmountField();
        UI.getCurrent().add(field);
        List<String> changes = new java.util.ArrayList<>();
        field.addValueChangeListener(e -> changes.add(String.valueOf(e.getValue())));
        type(field, "8,000,000");
        assertThat(field.getValue()).isEqualByComparingTo("8000000");
        type(field, "８０００");
        assertThat(field.getValue()).isEqualByComparingTo("8000");
        type(field, "8,000,000.50");
        assertThat(field.getValue()).isEqualTo(new BigDecimal("8000000.50"));
        assertThat(changes).containsExactly("8000000", "8000", "8000000.50");
        assertThat(field.isInvalid()).isFalse();
        // In English the field reads as lists do; nothing more is needed below it.
        assertThat(field.getHelperText()).isNull();
    }

    @Test
    void valuesShowWithThousandsSeparatorsInsideTheField() {
        openAs("rep3");
        AmountField field = new AmountField();
        field.setValue(new BigDecimal("8000000"));
        assertThat(field.text()).isEqualTo("8,000,000");
        field.setValue(new BigDecimal("1250000.50"));
        assertThat(field.text()).isEqualTo("1,250,000.50");
        field.clear();
        assertThat(field.text()).isEmpty();
        assertThat(field.getPrefixComponent().getElement().getText()).isEqualTo("¥");
    }

    @Test
    void inChineseTheAmountShowsIn万BelowTheFieldAfterItsHint() {
        openAs("rep", Locale.SIMPLIFIED_CHINESE);
        AmountField field = new AmountField();
        UI.getCurrent().add(field);
        field.setHint("预测中该销售的任务");
        assertThat(field.getHelperText()).isEqualTo("预测中该销售的任务");
        type(field, "8,000,000");
        assertThat(field.text()).isEqualTo("8,000,000");
        assertThat(field.getHelperText()).isEqualTo("800万 · 预测中该销售的任务");
        type(field, "-5");
        assertThat(field.getHelperText()).isEqualTo("请输入 0 至 999,999,999,999.99 之间的金额，最多两位小数");
    }

    @Test
    void unreadableTextIsAnErrorAtTheFieldAndNoValue() {
        openAs("rep", Locale.SIMPLIFIED_CHINESE);
        AmountField field = new AmountField();
        UI.getCurrent().add(field);
        type(field, "8,000,000");
        type(field, "八百万");
        assertThat(field.getValue()).isNull();
        assertThat(field.holdsUnreadableText()).isTrue();
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("无法识别的金额：请输入数字，例如 8,000,000 或 8000000.50");
        // An earlier message of the service does not cover it when the form asks before saving.
        field.setErrorMessage("whatever the service said");
        assertThat(UnreadableInput.anyIn(List.of(field))).isTrue();
        assertThat(field.getErrorMessage()).startsWith("无法识别的金额");

        type(field, "800");
        assertThat(AmountField.unreadable(List.of(field))).isFalse();
        assertThat(field.isInvalid()).isFalse();
        assertThat(field.getValue()).isEqualByComparingTo("800");
    }

    @Test
    void worksWithABinderAndTheFormsValueChangeModes() {
        openAs("rep3");
        AmountField field = new AmountField();
        UI.getCurrent().add(field);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        assertThat(field.getValueChangeMode()).isEqualTo(ValueChangeMode.LAZY);
        Binder<Holder> binder = new Binder<>();
        binder.forField(field).bind(Holder::getAmount, Holder::setAmount);
        Holder holder = new Holder();
        binder.setBean(holder);
        type(field, "1,000");
        assertThat(holder.getAmount()).isEqualByComparingTo("1000");
        type(field, "1.2.3");
        assertThat(binder.validate().isOk()).isFalse();
        assertThat(holder.getAmount()).isEqualByComparingTo("1000");
    }

    @Test
    void everyAmountInputIsAnAmountField() throws IOException {
        // Days of effort are no money: they stay plain numbers.
        java.util.Set<String> days = java.util.Set.of("ResourceDialog.java", "RequestDialog.java", "StageSection.java");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            assertThat(sources.filter(path -> path.toString().endsWith(".java"))
                    .filter(path -> !days.contains(path.getFileName().toString())).filter(path -> {
                try {
                    return Files.readString(path).contains("new BigDecimalField(");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(Path::toString)).as("a BigDecimalField shows no separators while typed").isEmpty();
        }
    }

    /** A bean for the binder. */
    static final class Holder {
        private BigDecimal amount = BigDecimal.ZERO;

        BigDecimal getAmount() {
            return amount;
        }

        void setAmount(BigDecimal amount) {
            this.amount = amount;
        }
    }
}
