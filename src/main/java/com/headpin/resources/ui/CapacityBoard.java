package com.headpin.resources.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import com.headpin.resources.CapacityGrid;
import com.headpin.resources.CapacityRow;
import com.headpin.resources.ResourceSummary;
import com.headpin.resources.WeekLoad;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * The people × weeks grid: each cell a person's week with its load in percent (over-allocation in red, absences
 * noted) and a drop target of its own, so a request dropped there knows both the person and the week.
 */
class CapacityBoard extends Composite<Div> {

    /** What the board does when something is dropped on a person's week. */
    interface Drops {
        void dropped(ResourceSummary person, LocalDate week, Object dragData);
    }

    private final Drops drops;

    CapacityBoard(Drops drops) {
        this.drops = drops;
        getContent().setId("capacity-grid");
        getContent().getStyle().set("display", "grid").set("gap", "2px").set("overflow-x", "auto")
                .set("font-size", "var(--lumo-font-size-s)");
    }

    void show(CapacityGrid grid) {
        Div content = getContent();
        content.removeAll();
        content.getStyle().set("grid-template-columns", "minmax(9rem, 12rem) repeat(" + grid.weeks().size()
                + ", minmax(4.5rem, 1fr))");
        content.add(header(getTranslation("resource.person")));
        DateTimeFormatter format = DateTimeFormatter.ofPattern("zh".equals(getLocale().getLanguage()) ? "M月d日"
                : "d MMM", getLocale());
        grid.weeks().forEach(week -> content.add(header(getTranslation("resource.week-of", week.format(format)))));
        for (CapacityRow row : grid.rows()) {
            Div name = new Div(new Span(row.resource().fullName()));
            Div type = new Div(new Span(getTranslation(row.resource().type().labelKey())));
            type.getStyle().set("color", "var(--lumo-secondary-text-color)");
            Div person = new Div(name, type);
            person.getStyle().set("padding", "var(--lumo-space-xs)");
            content.add(person);
            row.weeks().forEach(week -> content.add(cell(row.resource(), week)));
        }
    }

    private Div header(String text) {
        Div header = new Div(new Span(text));
        header.getStyle().set("font-weight", "600").set("padding", "var(--lumo-space-xs)");
        return header;
    }

    private Div cell(ResourceSummary person, WeekLoad week) {
        Div cell = new Div();
        cell.setId("cell-" + person.id() + "-" + week.weekStart());
        cell.addClassName("capacity-cell");
        Span percent = new Span(week.capacity().signum() == 0 && week.load().signum() == 0 ? "—"
                : getTranslation("resource.percent", week.percent()));
        cell.add(percent);
        if (week.absentDays() > 0) {
            Div away = new Div(new Span(getTranslation("resource.absent-days", week.absentDays())));
            away.getStyle().set("font-size", "var(--lumo-font-size-xs)");
            cell.add(away);
            cell.addClassName("absent");
        }
        String background;
        if (week.over()) {
            cell.addClassName("over");
            background = "var(--lumo-error-color-50pct)";
        } else if (week.percent() >= 80) {
            background = "var(--lumo-warning-color-10pct, var(--lumo-contrast-10pct))";
        } else if (week.load().signum() > 0) {
            background = "var(--lumo-success-color-10pct)";
        } else {
            background = "var(--lumo-contrast-5pct)";
        }
        cell.getStyle().set("background", background).set("padding", "var(--lumo-space-xs)")
                .set("border-radius", "var(--lumo-border-radius-s)").set("min-height", "2.5rem")
                .set("text-align", "center");
        cell.getElement().setAttribute("title", getTranslation("resource.cell.title", person.fullName(),
                RequestTexts.days(week.load(), getLocale()), RequestTexts.days(week.capacity(), getLocale())));
        DropTarget<Div> target = DropTarget.create(cell);
        target.setDropEffect(DropEffect.MOVE);
        target.addDropListener(e -> e.getDragData().ifPresent(data -> drops.dropped(person, week.weekStart(), data)));
        return cell;
    }
}
