package com.headpin.forecast.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.headpin.forecast.FourNumbers;
import com.headpin.forecast.MeetingDetails;
import com.headpin.shared.Money;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.jspecify.annotations.Nullable;

/** The record of an ended meeting: who attended, and the numbers at its start beside those at its end. */
class MeetingRecord extends Composite<VerticalLayout> {

    /** One line of the record: the unit or a rep, at start and at end (either may be missing). */
    record Line(String name, FourNumbers start, @Nullable FourNumbers end) {
    }

    MeetingRecord(MeetingDetails meeting) {
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        Paragraph attendees = new Paragraph(getTranslation("forecast.meeting.attended",
                meeting.attendees().stream().map(MeetingDetails.Attendee::name).collect(Collectors.joining(", "))));
        attendees.setId("forecast-meeting-attended");
        Map<String, FourNumbers> end = meeting.endNumbers().stream()
                .collect(Collectors.toMap(MeetingRecord::key, MeetingDetails.Numbers::numbers, (a, b) -> a));
        List<Line> lines = meeting.startNumbers().stream()
                .map(n -> new Line(n.name(), n.numbers(), end.get(key(n)))).toList();
        Grid<Line> grid = new Grid<>();
        grid.setId("forecast-meeting-record");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(Line::name).setHeader(getTranslation("forecast.meeting.rep")).setFlexGrow(2);
        grid.addColumn(l -> amount(l.start().quota())).setHeader(getTranslation("forecast.quota")).setAutoWidth(true);
        pair(grid, "forecast.forecast", FourNumbers::forecast);
        pair(grid, "forecast.commitment", FourNumbers::commitment);
        pair(grid, "forecast.achievement", FourNumbers::achievement);
        grid.setItems(lines);
        layout.add(new H3(getTranslation("forecast.meeting.record")), attendees, grid);
    }

    private static String key(MeetingDetails.Numbers numbers) {
        return String.valueOf(numbers.repId());
    }

    /** "start → end" so a change made in the meeting reads at a glance. */
    private void pair(Grid<Line> grid, String key, Function<FourNumbers, BigDecimal> figure) {
        grid.addColumn(l -> {
            String start = amount(figure.apply(l.start()));
            BigDecimal endAmount = l.end() == null ? null : figure.apply(Objects.requireNonNull(l.end()));
            return endAmount == null || endAmount.compareTo(figure.apply(l.start())) == 0 ? start
                    : start + " → " + amount(endAmount);
        }).setHeader(getTranslation(key)).setAutoWidth(true);
    }

    private String amount(@Nullable BigDecimal amount) {
        return amount == null ? "–" : Money.compact(amount, getLocale());
    }
}
