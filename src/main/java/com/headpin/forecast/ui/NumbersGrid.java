package com.headpin.forecast.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.headpin.forecast.ForecastLine;
import com.headpin.forecast.FourNumbers;
import com.headpin.forecast.RepNumbers;
import com.headpin.forecast.UnitNumbers;
import com.headpin.shared.Money;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import org.jspecify.annotations.Nullable;

/**
 * The four numbers as a tree: company, regions, teams and their reps. Each amount opens the deals behind it; a rep's
 * own line offers the call, a managed rep's line the adjustment. Adjusted figures are marked and the raw ones stay
 * in their own columns.
 */
class NumbersGrid extends Composite<TreeGrid<ForecastLine>> {

    /** Which figure of a line the user clicked (the deals behind it are the same; the heading says which). */
    record Clicked(ForecastLine line, String figureKey) {
    }

    private final NumbersTreeProvider provider = new NumbersTreeProvider();
    private final Consumer<Clicked> onNumber;
    private final Consumer<RepNumbers> onEdit;
    private long me;
    private Set<Long> managed = Set.of();

    NumbersGrid(Consumer<Clicked> onNumber, Consumer<RepNumbers> onEdit) {
        this.onNumber = onNumber;
        this.onEdit = onEdit;
        TreeGrid<ForecastLine> grid = getContent();
        grid.setId("forecast-numbers");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setDataProvider(provider);
        grid.addComponentHierarchyColumn(this::name).setHeader(getTranslation("forecast.export.name"))
                .setKey("name").setAutoWidth(true).setFlexGrow(2).setFrozen(true);
        grid.addComponentColumn(this::quota).setHeader(getTranslation("forecast.quota")).setKey("quota")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        amount("system", "forecast.system-forecast", FourNumbers::systemForecast);
        grid.addComponentColumn(this::call).setHeader(getTranslation("forecast.call")).setKey("call")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        amount("forecast", "forecast.forecast", FourNumbers::forecast);
        amount("commitment", "forecast.commitment", FourNumbers::commitment);
        adjusted("adjusted-forecast", "forecast.adjusted-forecast", FourNumbers::adjustedForecast,
                FourNumbers::forecast);
        adjusted("adjusted-commitment", "forecast.adjusted-commitment", FourNumbers::adjustedCommitment,
                FourNumbers::commitment);
        amount("achievement", "forecast.achievement", FourNumbers::achievement);
        grid.addColumn(line -> percent(line.numbers().attainmentPercent()))
                .setHeader(getTranslation("forecast.attainment")).setKey("attainment")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addComponentColumn(this::action).setKey("action").setAutoWidth(true).setFlexGrow(0);
    }

    /** Shows a new table: changed lines only when the tree stayed the same; units new to the grid expanded. */
    void show(List<ForecastLine> lines, long currentUserId, Set<Long> managedRepIds) {
        Set<String> known = provider.lines().stream().map(ForecastLine::key).collect(Collectors.toSet());
        this.me = currentUserId;
        this.managed = Set.copyOf(managedRepIds);
        provider.show(lines);
        getContent().expand(lines.stream().filter(line -> line.unit() != null && !known.contains(line.key()))
                .toList());
    }

    List<ForecastLine> lines() {
        return provider.lines();
    }

    TreeGrid<ForecastLine> grid() {
        return getContent();
    }

    private void amount(String key, String headerKey, Function<FourNumbers, BigDecimal> figure) {
        getContent().addComponentColumn(line -> number(line, headerKey, figure.apply(line.numbers())))
                .setHeader(getTranslation(headerKey)).setKey(key).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
    }

    private void adjusted(String key, String headerKey, Function<FourNumbers, BigDecimal> adjusted,
                          Function<FourNumbers, BigDecimal> raw) {
        getContent().addComponentColumn(line -> {
            BigDecimal value = adjusted.apply(line.numbers());
            Component number = number(line, headerKey, value);
            if (value.compareTo(raw.apply(line.numbers())) == 0) {
                return number;
            }
            Span mark = new Span(VaadinIcon.PENCIL.create());
            mark.addClassName("forecast-adjusted-mark");
            RepNumbers rep = line.rep();
            String note = rep == null || rep.adjustmentNote() == null ? "" : ": " + rep.adjustmentNote();
            mark.setTitle(getTranslation("forecast.adjusted.raw", money(raw.apply(line.numbers()))) + note);
            Span cell = new Span(mark, number);
            cell.addClassName("forecast-adjusted");
            return cell;
        }).setHeader(getTranslation(headerKey)).setKey(key).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    }

    private Component number(ForecastLine line, String figureKey, BigDecimal value) {
        Button button = new Button(money(value), e -> onNumber.accept(new Clicked(line, figureKey)));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.addClassName("forecast-number");
        return button;
    }

    private Component name(ForecastLine line) {
        UnitNumbers unit = line.unit();
        Span name = new Span(line.name());
        if (unit == null) {
            return name;
        }
        name.addClassName("forecast-unit");
        Span type = new Span(getTranslation(unit.type().labelKey()));
        type.addClassName("forecast-unit-type");
        return new Span(name, type);
    }

    private Component quota(ForecastLine line) {
        BigDecimal quota = line.numbers().quota();
        Div cell = new Div(new Span(quota == null ? "—" : money(quota)));
        UnitNumbers unit = line.unit();
        if (unit != null && unit.topDownQuota() != null && unit.quotaGap() != null) {
            Div topDown = new Div(getTranslation("forecast.top-down.line", money(unit.topDownQuota()),
                    money(unit.quotaGap())));
            topDown.addClassName("forecast-secondary");
            cell.add(topDown);
        }
        return cell;
    }

    private Component call(ForecastLine line) {
        RepNumbers rep = line.rep();
        if (rep == null || rep.call() == null) {
            return new Span(rep == null ? "" : "—");
        }
        Div cell = new Div(new Span(money(rep.call())));
        if (rep.callNote() != null) {
            Div note = new Div(rep.callNote());
            note.addClassName("forecast-secondary");
            note.addClassName("forecast-note");
            note.setTitle(rep.callNote());
            cell.add(note);
        }
        return cell;
    }

    private Component action(ForecastLine line) {
        RepNumbers rep = line.rep();
        if (rep == null) {
            return new Span();
        }
        String key = rep.repId() == me ? "forecast.call.edit" : managed.contains(rep.repId()) ? "forecast.adjust"
                : null;
        if (key == null) {
            return new Span();
        }
        Button edit = new Button(getTranslation(key), e -> onEdit.accept(rep));
        edit.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        edit.addClassName(rep.repId() == me ? "forecast-call-button" : "forecast-adjust-button");
        return edit;
    }

    private String money(@Nullable BigDecimal amount) {
        return amount == null ? "" : Money.compact(amount, getLocale());
    }

    private static String percent(@Nullable Integer value) {
        return value == null ? "—" : value + "%";
    }
}
