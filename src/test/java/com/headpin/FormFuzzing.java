package com.headpin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.headpin.shared.ImportRow;
import com.headpin.shared.ui.ImportDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.headpin.shared.ui.AmountField;
import com.vaadin.flow.component.textfield.BigDecimalField;
import org.jspecify.annotations.Nullable;
import org.springframework.test.context.TestPropertySource;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Form fuzzing (issue 9): every form gets hostile input, and each attempt must end in a message at a field or in
 * a correct save: never an exception, an error notification, a message key shown raw or a half-stored record.
 * The fuzzing saves a lot, so it runs on a database of its own (a context of its own), apart from the other tests'
 * demo data; its classes are {@code *IT} (Failsafe, their own JVM), because a second context in the Karibu tests' JVM
 * stops live updates reaching their screens.
 */
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:headpin-fuzz;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1",
        // Quartz keeps schedulers and their connection providers per name in the JVM: a second context under the
        // shared name would take over the other context's job store.
        "spring.quartz.scheduler-name=headpin-fuzz"})
public abstract class FormFuzzing extends KaribuTest {

    /** One hostile input, named for the failure message. */
    public record Input<T>(String name, T value) {
        @Override
        public String toString() {
            return name;
        }
    }

    public static final List<Input<String>> TEXTS = List.of(
            new Input<>("empty", ""),
            new Input<>("10,000 characters", "长".repeat(5_000) + "x".repeat(5_000)),
            new Input<>("emoji", "Café 😀🎉 👍🏽"),
            new Input<>("right-to-left", "שלום عالم مرحبا"),
            new Input<>("script", "<script>alert('x')</script>"),
            new Input<>("quotes", "O'Brien \"Bob\" `x` \\ ;--"),
            new Input<>("negative number", "-1"),
            new Input<>("huge number", "1E+999999999"));

    public static final List<Input<BigDecimal>> AMOUNTS = List.of(
            new Input<>("negative", new BigDecimal("-1")),
            new Input<>("a thousandth", new BigDecimal("0.001")),
            new Input<>("a trillion", new BigDecimal("1000000000000")),
            new Input<>("huge exponent", new BigDecimal("1E+999999999")),
            new Input<>("tiny exponent", new BigDecimal("1E-999999999")),
            new Input<>("forty digits", new BigDecimal("9".repeat(40))),
            new Input<>("largest allowed", new BigDecimal("999999999999.99")));

    /**
     * Amounts as typed into an amount field: separators, full-width digits and decimals are read (and saved exactly,
     * or refused by the rules like any amount); other text is refused at the field.
     */
    public static final List<Input<String>> TYPED_AMOUNTS = List.of(
            new Input<>("separators", "8,000,000"),
            new Input<>("full-width digits", "８，０００，０００"),
            new Input<>("decimals", "8,000,000.50"),
            new Input<>("three decimals", "1,000.005"),
            new Input<>("two points", "8.000.000"),
            new Input<>("exponent", "8E6"),
            new Input<>("wan", "800万"),
            new Input<>("words", "eight million"),
            new Input<>("emoji", "8,000😀"),
            new Input<>("10,000 digits", "9".repeat(10_000)));

    public static final List<Input<Integer>> INTEGERS = List.of(
            new Input<>("negative", -5),
            new Input<>("zero", 0),
            new Input<>("largest int", Integer.MAX_VALUE),
            new Input<>("smallest int", Integer.MIN_VALUE));

    public static final List<Input<LocalDate>> DATES = List.of(
            new Input<>("year 1", LocalDate.of(1, 1, 1)),
            new Input<>("1899", LocalDate.of(1899, 12, 31)),
            new Input<>("first allowed", LocalDate.of(1900, 1, 1)),
            new Input<>("2101", LocalDate.of(2101, 1, 1)),
            new Input<>("year 99999", LocalDate.of(99999, 6, 1)),
            new Input<>("year -5000", LocalDate.of(-5000, 6, 1)));

    /** How an attempt ended. */
    public enum Outcome {
        REFUSED, SAVED
    }

    /** Starts a case afresh: dialogs a refused case left open are closed (they would repeat the fields' ids). */
    protected static void fresh(String location) {
        _find(com.vaadin.flow.component.dialog.Dialog.class).forEach(com.vaadin.flow.component.dialog.Dialog::close);
        NotificationsKt.clearNotifications();
        UI ui = UI.getCurrent();
        if (ui.getInternals().getActiveViewLocation().getPath().equals(location)) {
            // The router would keep the view shown; a case starts on a new one.
            ui.refreshCurrentRoute(false);
        } else {
            ui.navigate(location);
        }
    }

    /** Types into the field with this id as a user would. */
    @SuppressWarnings("unchecked")
    protected static <V> void type(String id, @Nullable V value) {
        Component field = _get(Component.class, spec -> spec.withId(id));
        if ((field instanceof AmountField || field instanceof BigDecimalField) && value != null) {
            // As the browser sends it: the text typed (a server-side setValue would write 1E+999999999 out in full,
            // a billion digits). Amount fields read it as the server does; number fields (days of effort) too.
            field.getElement().setProperty("value", value.toString());
        } else {
            _setValue((HasValue<?, V>) field, value);
        }
    }

    /**
     * Clicks the button and says how it ended: refused with a translated message at one or more fields, or saved.
     * Fails on an exception, an error notification or a message that is a raw key.
     */
    protected static Outcome attempt(String what, String buttonId) {
        NotificationsKt.clearNotifications();
        try {
            _click(_get(Button.class, spec -> spec.withId(buttonId)));
        } catch (RuntimeException error) {
            throw new AssertionError(what + ": the click failed with " + error, error);
        }
        List<String> errors = NotificationsKt.getNotifications().stream()
                .filter(n -> n.getElement().getThemeList().contains(NotificationVariant.ERROR.getVariantName()))
                .map(FormFuzzing::text).toList();
        assertThat(errors).as(what + ": error notifications").isEmpty();
        List<String> messages = invalidFieldMessages();
        for (String message : messages) {
            if (message == null || message.isBlank() || message.startsWith("!")) {
                fail(what + ": a field shows no proper message: '" + message + "'");
            }
        }
        return messages.isEmpty() ? Outcome.SAVED : Outcome.REFUSED;
    }

    /**
     * Clicks a button that adds a record to {@code records}: refused, there is none more; saved, exactly one more,
     * the newest (highest id), which {@code whenSaved} then checks.
     */
    protected static <R> void attemptAdd(String what, String buttonId, Supplier<List<R>> records, ToLongFunction<R> id,
                                         Consumer<R> whenSaved) {
        int before = records.get().size();
        Outcome outcome = attempt(what, buttonId);
        List<R> after = records.get();
        assertThat(after).as(what).hasSize(outcome == Outcome.SAVED ? before + 1 : before);
        if (outcome == Outcome.SAVED) {
            whenSaved.accept(after.stream().max(Comparator.comparingLong(id)).orElseThrow());
        }
    }

    /** For {@link #attemptAdd}: the saved record holds the text as typed in {@code field}. */
    protected static <R> Consumer<R> holds(String what, String typed, Function<R, @Nullable Object> field) {
        return saved -> assertStored(what, Outcome.SAVED, typed, field.apply(saved), null);
    }

    /** Whether the stored text is what was typed (names and texts are stored without outer spaces; blank as none). */
    protected static boolean storedAsTyped(String typed, @Nullable Object stored) {
        String text = stored == null ? "" : stored.toString();
        return text.equals(typed) || text.equals(typed.strip());
    }

    protected static void assertStored(String what, Outcome outcome, String typed, @Nullable Object stored,
                                       @Nullable Object before) {
        if (outcome == Outcome.SAVED) {
            assertThat(storedAsTyped(typed, stored)).as(what + ": saved as '%s' instead of what was typed",
                    abbreviate(stored)).isTrue();
        } else {
            assertThat(stored).as(what + ": refused, but the record changed").isEqualTo(before);
        }
    }

    private static List<String> invalidFieldMessages() {
        List<String> messages = new ArrayList<>();
        for (Component component : _find(Component.class)) {
            if (component instanceof HasValidation field && field.isInvalid()) {
                messages.add(field.getErrorMessage());
            }
        }
        return messages;
    }

    protected static String text(Notification notification) {
        String text = notification.getElement().getProperty("text", "");
        return text.isEmpty() ? notification.getElement().getTextRecursively() : text;
    }

    protected static String abbreviate(@Nullable Object value) {
        String text = Objects.toString(value);
        return text.length() > 60 ? text.substring(0, 60) + "…(" + text.length() + ")" : text;
    }

    protected static UI ui() {
        return UI.getCurrent();
    }

    /**
     * An import file (CSV) whose rows each carry one hostile text in one column, the others from {@code validRow}
     * (called once per case, so names can be unique): the preview shows every problem in words, and a file it calls
     * clean imports exactly one record ({@code count}). The import dialog opens with the button {@code importButtonId}
     * on the view at {@code location}.
     */
    protected static void fuzzImport(String location, String importButtonId, Supplier<Map<String, String>> validRow,
                                     LongSupplier count) {
        for (String column : validRow.get().keySet()) {
            for (Input<String> input : TEXTS) {
                String what = "import, " + column + ": " + input;
                fresh(location);
                _click(_get(Button.class, spec -> spec.withId(importButtonId)));
                Map<String, String> row = new LinkedHashMap<>(validRow.get());
                row.put(column, input.value());
                long before = count.getAsLong();
                _get(ImportDialog.class).preview((String.join(",", row.keySet()) + "\n"
                        + String.join(",", row.values().stream().map(FormFuzzing::quoted).toList()))
                        .getBytes(StandardCharsets.UTF_8));
                @SuppressWarnings("unchecked")
                Grid<ImportRow> rows = _get(Grid.class, spec -> spec.withId("import-rows"));
                assertThat(String.join(" ", _getFormattedRow(rows, 0))).as(what).doesNotContain("!");
                Button confirm = _get(Button.class, spec -> spec.withId("import-confirm"));
                if (confirm.isEnabled()) {
                    attempt(what, "import-confirm");
                    assertThat(count.getAsLong()).as(what).isEqualTo(before + 1);
                } else {
                    assertThat(count.getAsLong()).as(what).isEqualTo(before);
                }
            }
        }
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
