package com.headpin.forecast.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.headpin.DemoUnits;
import com.headpin.FormFuzzing;
import com.headpin.forecast.ForecastCallService;
import com.headpin.forecast.Period;
import com.headpin.forecast.Periods;
import com.headpin.forecast.QuotaBoard;
import com.headpin.forecast.QuotaFigures;
import com.headpin.forecast.QuotaService;
import com.headpin.forecast.QuotaSplit;
import com.headpin.forecast.RepForecastEntry;
import com.headpin.organisation.OrganisationService;
import com.headpin.security.HeadpinUserPrincipal;
import com.headpin.shared.InputRules;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.treegrid.TreeGrid;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input in the forecast's dialogs: a rep's quota (the year split evenly, one month of a custom split), the
 * rep's call (amount, note), a manager's adjustment (forecast, commitment, note) and a top-down quota handed down.
 */
class ForecastFormsFuzzingIT extends FormFuzzing {

    private static final String QUOTAS = "forecast/quotas";

    /** How the cases of a test ended: each test must see both (else it did not reach the service or the save). */
    private final java.util.EnumSet<Outcome> outcomes = java.util.EnumSet.noneOf(Outcome.class);

    @Autowired QuotaService quotas;
    @Autowired ForecastCallService calls;
    @Autowired Periods periods;
    @Autowired OrganisationService organisation;
    @Autowired UserDetailsService users;

    @Test
    void quotaYear() {
        openAs("manager");
        long rep = id("rep");
        amountsAndTexts().forEach(input -> {
            String what = "quota year: " + input;
            QuotaFigures before = repQuota(rep);
            openQuota(line -> line.rep() != null && line.rep().repId() == rep, "edit-quota-rep-" + rep);
            type("quota-yearly", input.value());
            Outcome outcome = counted(what, "save-quota");
            QuotaFigures after = repQuota(rep);
            if (outcome == Outcome.SAVED) {
                assertThat(after.split()).as(what).isEqualTo(QuotaSplit.EVEN);
                assertThat(after.yearly()).as(what).isEqualByComparingTo(amount(input.value()));
                assertThat(after.months().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).as(what)
                        .isEqualByComparingTo(after.yearly());
            } else {
                assertThat(after).as(what + ": refused, but the quota changed").isEqualTo(before);
            }
        });
    }

    @Test
    void quotaMonthOfACustomSplit() {
        openAs("manager");
        long rep = id("rep2");
        amountsAndTexts().forEach(input -> {
            String what = "quota, custom month 3: " + input;
            QuotaFigures before = repQuota(rep);
            openQuota(line -> line.rep() != null && line.rep().repId() == rep, "edit-quota-rep-" + rep);
            type("quota-split", QuotaSplit.CUSTOM);
            type("quota-month-3", input.value());
            Outcome outcome = counted(what, "save-quota");
            QuotaFigures after = repQuota(rep);
            if (outcome == Outcome.SAVED) {
                assertThat(after.split()).as(what).isEqualTo(QuotaSplit.CUSTOM);
                BigDecimal typed = amount(input.value());
                assertThat(after.months().get(2)).as(what)
                        .isEqualByComparingTo(typed == null ? BigDecimal.ZERO : typed);
                assertThat(after.months().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).as(what)
                        .isEqualByComparingTo(after.yearly());
            } else {
                assertThat(after).as(what + ": refused, but the quota changed").isEqualTo(before);
            }
        });
    }

    @Test
    void callAmountAndNote() {
        openAs("rep");
        long rep = id("rep");
        Period quarter = periods.quarter(2045, 2);
        numberTexts().forEach(input -> {
            String what = "call amount: " + input;
            RepForecastEntry before = calls.entry(quarter.key(), rep);
            openRepDialog(quarter, rep);
            type("forecast-call-amount", input.value());
            Outcome outcome = counted(what, "forecast-call-save");
            RepForecastEntry after = calls.entry(quarter.key(), rep);
            assertAmount(what, outcome, input.value(), after.call(), before.call());
        });
        notes("call note", quarter, rep, "forecast-call-amount", "forecast-call-note", "forecast-call-save",
                RepForecastEntry::callNote, RepForecastEntry::callVersion);
    }

    @Test
    void adjustmentForecastCommitmentAndNote() {
        openAs("manager");
        long rep = id("rep");
        Period quarter = periods.quarter(2045, 3);
        for (String field : List.of("forecast", "commitment")) {
            numberTexts().forEach(input -> {
                String what = "adjusted " + field + ": " + input;
                RepForecastEntry before = calls.entry(quarter.key(), rep);
                openRepDialog(quarter, rep);
                type("forecast-adjust-" + (field.equals("forecast") ? "commitment" : "forecast"), "900000");
                type("forecast-adjust-" + field, input.value());
                Outcome outcome = counted(what, "forecast-adjust-save");
                RepForecastEntry after = calls.entry(quarter.key(), rep);
                assertAmount(what, outcome, input.value(), field.equals("forecast") ? after.forecastAdjustment()
                        : after.commitmentAdjustment(), field.equals("forecast") ? before.forecastAdjustment()
                        : before.commitmentAdjustment());
            });
        }
        notes("adjustment note", quarter, rep, "forecast-adjust-forecast", "forecast-adjust-note",
                "forecast-adjust-save", RepForecastEntry::adjustmentNote, RepForecastEntry::adjustmentVersion);
    }

    /** Hostile notes beside a valid amount: a saved note is stored as typed, a refused one changes nothing. */
    private void notes(String name, Period period, long rep, String amountId, String noteId, String saveId,
                       java.util.function.Function<RepForecastEntry, @Nullable String> note,
                       java.util.function.Function<RepForecastEntry, @Nullable Long> version) {
        TEXTS.forEach(input -> {
            String what = name + ": " + input;
            RepForecastEntry before = calls.entry(period.key(), rep);
            openRepDialog(period, rep);
            type(amountId, "1500000");
            type(noteId, input.value());
            Outcome outcome = counted(what, saveId);
            RepForecastEntry after = calls.entry(period.key(), rep);
            assertStored(what, outcome, input.value(), outcome == Outcome.SAVED ? note.apply(after)
                    : version.apply(after), version.apply(before));
        });
    }

    @Test
    void topDownQuotaHandedDown() {
        openAs("director");
        long banking = DemoUnits.id(organisation, users, DemoUnits.BANKING);
        amountsAndTexts().forEach(input -> {
            String what = "top-down quota, distributed: " + input;
            openQuota(line -> line.unit() != null && line.unit().unitId() == banking, "edit-quota-unit-" + banking);
            type("quota-yearly", input.value());
            if (counted(what, "save-quota") == Outcome.REFUSED) {
                return;
            }
            BigDecimal top = Objects.requireNonNull(board().unit(banking).orElseThrow().topDown()).yearly();
            assertThat(top).as(what).isEqualByComparingTo(amount(input.value()));
            openQuota(line -> line.unit() != null && line.unit().unitId() == banking, "distribute-quota-" + banking);
            assertThat(attempt(what, "confirm-distribution")).as(what).isEqualTo(Outcome.SAVED);
            QuotaBoard after = board();
            BigDecimal handedDown = after.reps().stream().filter(r -> r.teamIds().contains(banking))
                    .map(QuotaBoard.Rep::yearly).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(handedDown).as(what + ": the shares add up to the top-down quota").isEqualByComparingTo(top);
        });
    }

    @org.junit.jupiter.api.AfterEach
    void bothOutcomesSeen() {
        assertThat(outcomes).as("cases saved and cases refused").containsExactlyInAnyOrder(Outcome.values());
    }

    private Outcome counted(String what, String buttonId) {
        Outcome outcome = attempt(what, buttonId);
        outcomes.add(outcome);
        return outcome;
    }

    /** Amounts for a number field, with nothing and text a number field would not read. */
    private static List<Input<@Nullable Object>> amountsAndTexts() {
        List<Input<@Nullable Object>> inputs = new ArrayList<>();
        inputs.add(new Input<>("empty", null));
        AMOUNTS.forEach(input -> inputs.add(new Input<>(input.name(), input.value())));
        TEXTS.stream().filter(input -> !input.value().isEmpty())
                .forEach(input -> inputs.add(new Input<>("text: " + input.name(), input.value())));
        return inputs;
    }

    /** Texts and amounts written out, for an amount typed as text. */
    private static List<Input<String>> numberTexts() {
        List<Input<String>> inputs = new ArrayList<>(TEXTS);
        AMOUNTS.forEach(input -> inputs.add(new Input<>(input.name(), input.value().toString())));
        return inputs;
    }

    /** What a number field holds after this was typed: its number, or none when it reads no number. */
    private static @Nullable BigDecimal amount(@Nullable Object typed) {
        if (typed instanceof BigDecimal number) {
            return number;
        }
        try {
            return typed == null ? null : new BigDecimal(typed.toString().strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static void assertAmount(String what, Outcome outcome, String typed, @Nullable BigDecimal stored,
                                     @Nullable BigDecimal before) {
        if (outcome == Outcome.SAVED) {
            BigDecimal expected = typed.isBlank() ? null : InputRules.parseAmount(typed).orElseThrow();
            if (expected == null) {
                assertThat(stored).as(what).isNull();
            } else {
                assertThat(stored).as(what).isEqualByComparingTo(expected);
            }
        } else {
            assertThat(stored).as(what + ": refused, but the amount changed").isEqualTo(before);
        }
    }

    private QuotaFigures repQuota(long repId) {
        return quotas.repQuota(repId, quotas.currentFiscalYear()).orElse(null);
    }

    private QuotaBoard board() {
        return quotas.board(quotas.currentFiscalYear());
    }

    /** The quotas page afresh (this fiscal year), and the button of the line that {@code line} picks. */
    @SuppressWarnings("unchecked")
    private static void openQuota(Predicate<QuotaLine> line, String buttonId) {
        fresh(QUOTAS);
        TreeGrid<QuotaLine> grid = _get(TreeGrid.class, spec -> spec.withId("quota-tree"));
        int row = java.util.stream.IntStream.range(0, GridKt._size(grid)).filter(i -> line.test(GridKt._get(grid, i)))
                .findFirst().orElseThrow();
        _click(GridKt._getCellComponent(grid, row, "actions").getChildren().filter(Button.class::isInstance)
                .map(Button.class::cast).filter(b -> b.getId().orElse("").equals(buttonId)).findFirst()
                .orElseThrow());
    }

    /** The four numbers afresh for the period, and the rep's dialog from their line. */
    private static void openRepDialog(Period period, long repId) {
        fresh("forecast");
        ForecastView view = _get(ForecastView.class);
        view.picker().setValue(period);
        var grid = view.numbers().grid();
        for (int row = 0; row < GridKt._size(grid); row++) {
            var line = GridKt._get(grid, row);
            if (line.rep() != null && line.rep().repId() == repId) {
                Component action = GridKt._getCellComponent(grid, row, "action");
                _click((Button) action);
                return;
            }
        }
        throw new AssertionError("no line for rep " + repId);
    }

    private long id(String username) {
        return ((HeadpinUserPrincipal) users.loadUserByUsername(username)).userId();
    }
}
