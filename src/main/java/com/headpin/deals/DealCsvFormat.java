package com.headpin.deals;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.headpin.deals.internal.Deal;
import com.headpin.deals.internal.DealReader;
import com.headpin.shared.CsvColumns;
import com.headpin.shared.HeadpinI18NProvider;
import org.jspecify.annotations.Nullable;

/**
 * How a deal reads in a CSV file: the columns, and a row's values either as codes (stage number,
 * {@code BEST_CASE}, for programs) or in a reader's language (the stage's name, "最佳情况"). The import takes both, so
 * any export imports again.
 */
final class DealCsvFormat {

    static final CsvColumns COLUMNS = new CsvColumns("deals.csv", List.of("account", "name", "amount",
            "expected_close", "stage", "outcome", "forecast_category", "probability", "weighted_amount", "owner",
            "team", "next_step"));
    /** The columns of the template: outcome, probability and weighted amount follow from the stage. */
    static final CsvColumns TEMPLATE = new CsvColumns("deals.csv", List.of("account", "name", "amount",
            "expected_close", "stage", "forecast_category", "owner", "team", "next_step"));

    private final HeadpinI18NProvider i18n;
    private final SalesProcess process;
    /** Null: codes. */
    private final @Nullable Locale locale;

    DealCsvFormat(HeadpinI18NProvider i18n, SalesProcess process, @Nullable Locale locale) {
        this.i18n = i18n;
        this.process = process;
        this.locale = locale;
    }

    List<String> header(CsvColumns columns) {
        return locale == null ? columns.codes() : columns.headings(i18n, locale);
    }

    List<String> row(Deal d, String account, String owner, String team) {
        return List.of(account, d.getName(), d.getAmount().toPlainString(), d.getExpectedClose().toString(),
                locale == null ? String.valueOf(d.getStage().number()) : process.stage(d.getStage()).name(locale),
                choice(d.getOutcome(), d.getOutcome().labelKey()),
                choice(d.getForecastCategory(), d.getForecastCategory().labelKey()),
                String.valueOf(process.probability(d.getStage())), DealReader.weighted(d, process).toPlainString(),
                owner, team, d.getNextStep() == null ? "" : d.getNextStep());
    }

    /** The template's example row, in the reader's language, owned by the one who downloads it. */
    List<String> example(String owner, LocalDate close) {
        Locale language = locale == null ? HeadpinI18NProvider.ENGLISH : locale;
        return List.of(i18n.getTranslation("deals.csv.example.account", language),
                i18n.getTranslation("deals.csv.example.name", language), "1000000", close.toString(),
                process.stage(DealStage.SEMINAR).name(language),
                i18n.getTranslation(ForecastCategory.PIPELINE.labelKey(), language), owner, "",
                i18n.getTranslation("deals.csv.example.next-step", language));
    }

    private String choice(Enum<?> value, String labelKey) {
        return locale == null ? value.name() : i18n.getTranslation(labelKey, locale);
    }
}
