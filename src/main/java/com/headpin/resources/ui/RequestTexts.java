package com.headpin.resources.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import com.headpin.resources.RequestRow;
import com.headpin.resources.RequestStatus;
import com.headpin.shared.Dates;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** How requests read in lists: who is asked for, the dates, days, and the status with its people and reasons. */
final class RequestTexts {

    private RequestTexts() {
    }

    /** The columns every list of requests shows: activity, dates and effort, in the reader's language. */
    static void addActivityDatesEffort(com.vaadin.flow.component.grid.Grid<RequestRow> grid, Component in,
                                      Locale locale) {
        grid.addColumn(r -> in.getTranslation(r.activity().labelKey()))
                .setHeader(in.getTranslation("resource.request.activity")).setAutoWidth(true);
        grid.addColumn(r -> dates(r, locale)).setHeader(in.getTranslation("resource.request.dates"))
                .setAutoWidth(true);
        grid.addColumn(r -> days(r.effortDays(), locale))
                .setHeader(in.getTranslation("resource.request.effort")).setAutoWidth(true);
    }

    /** The named person, or the type asked for. */
    static String who(RequestRow row, Component in) {
        String type = in.getTranslation(row.type().labelKey());
        return row.wantedName() == null ? type : row.wantedName() + " · " + type;
    }

    static String dates(RequestRow row, Locale locale) {
        return Dates.format(row.startsOn(), locale) + " – " + Dates.format(row.endsOn(), locale);
    }

    static String days(BigDecimal days, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(days);
    }

    /** The status as a badge, then who was assigned (and why despite conflicts) or why it was declined. */
    static Component status(RequestRow row, Component in) {
        Span badge = new Span(in.getTranslation(row.status().labelKey()));
        badge.getElement().getThemeList().add("badge pill small " + switch (row.status()) {
            case REQUESTED -> "contrast";
            case ASSIGNED -> "success";
            case DONE -> "";
            case DECLINED -> "error";
        });
        badge.addClassName("resource-status");
        Div status = new Div(badge);
        status.setId("resource-status-" + row.id());
        if (row.status() == RequestStatus.ASSIGNED || row.status() == RequestStatus.DONE) {
            status.add(new Span(" " + in.getTranslation("resource.request.assigned-to", row.resourceName())));
            if (row.overrideReason() != null) {
                status.add(new Div(in.getTranslation("resource.request.override", row.overrideReason())));
            }
        }
        if (row.status() == RequestStatus.DECLINED && row.declineReason() != null) {
            status.add(new Div(in.getTranslation("resource.request.declined-because", row.declineReason())));
        }
        return status;
    }
}
