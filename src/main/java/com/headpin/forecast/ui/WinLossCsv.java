package com.headpin.forecast.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import com.headpin.deals.OutcomeReport;
import com.headpin.deals.SalesProcess;
import com.headpin.shared.Csv;
import com.headpin.shared.ui.CsvExportLink;

/**
 * The win/loss report as CSV: one section per table (lost reasons, winning competitors, days per stage, the deals),
 * each a "section" column then its cells. Texts are translated when the page is built: the download runs outside it.
 */
final class WinLossCsv {

    private final List<String> labels = new ArrayList<>();
    private final List<String> stageNames = new ArrayList<>();
    private final List<String> outcomes = new ArrayList<>();

    WinLossCsv(BiFunction<String, Object[], String> translation, Locale locale, SalesProcess process) {
        for (String key : List.of("forecast.win-loss.section", "forecast.win-loss.name", "forecast.win-loss.deal-count",
                "forecast.win-loss.amount", "forecast.win-loss.reasons", "forecast.win-loss.competitors",
                "forecast.win-loss.cycle", "forecast.win-loss.deals", "forecast.win-loss.average-days",
                "forecast.win-loss.outcome", "forecast.win-loss.closed-on", "forecast.win-loss.reason",
                "forecast.win-loss.competitor", "forecast.win-loss.none")) {
            labels.add(translation.apply(key, new Object[0]));
        }
        for (com.headpin.deals.DealStage stage : com.headpin.deals.DealStage.values()) {
            stageNames.add(process.stage(stage).name(locale));
        }
        for (com.headpin.deals.DealOutcome outcome : com.headpin.deals.DealOutcome.values()) {
            outcomes.add(translation.apply(outcome.labelKey(), new Object[0]));
        }
    }

    CsvExportLink link(Supplier<OutcomeReport> report) {
        return new CsvExportLink("export-win-loss", "forecast.win-loss.export", "win-loss.csv",
                () -> csv(report.get()));
    }

    String csv(OutcomeReport report) {
        StringBuilder csv = new StringBuilder(Csv.BOM);
        csv.append(Csv.line(List.of(labels.get(0), labels.get(1), labels.get(2), labels.get(3), labels.get(9),
                labels.get(10), labels.get(11), labels.get(12), labels.get(8))));
        report.reasons().forEach(r -> csv.append(Csv.line(List.of(labels.get(4), orNone(r.reason()),
                String.valueOf(r.deals()), plain(r.amount()), "", "", "", "", ""))));
        report.competitors().forEach(c -> csv.append(Csv.line(List.of(labels.get(5), orNone(c.name()),
                String.valueOf(c.deals()), plain(c.amount()), "", "", "", "", ""))));
        report.cycles().forEach(c -> csv.append(Csv.line(List.of(labels.get(6),
                stageNames.get(c.stage().ordinal()), String.valueOf(c.deals()), "", "", "", "", "",
                String.valueOf(Math.round(c.averageDays()))))));
        report.deals().forEach(d -> csv.append(Csv.line(List.of(labels.get(7), d.name(), "1", plain(d.amount()),
                outcomes.get(d.outcome().ordinal()), d.closedOn().toString(),
                d.lostReason() == null ? "" : d.lostReason(), d.lostTo() == null ? "" : d.lostTo(), ""))));
        return csv.toString();
    }

    private String orNone(String text) {
        return text.isEmpty() ? labels.get(13) : text;
    }

    private static String plain(BigDecimal amount) {
        return amount.toPlainString();
    }
}
