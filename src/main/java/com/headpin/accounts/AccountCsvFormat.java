package com.headpin.accounts;

import java.util.List;
import java.util.Locale;

import com.headpin.shared.CsvColumns;
import com.headpin.shared.HeadpinI18NProvider;
import org.jspecify.annotations.Nullable;

/**
 * How an account reads in a CSV file: the columns, and a row's values either as codes ({@code BANKING}, for
 * programs) or in a reader's language ("银行"). The import takes both, so any export imports again.
 */
final class AccountCsvFormat {

    static final CsvColumns COLUMNS = new CsvColumns("accounts.csv", List.of("name", "alt_name", "industry",
            "nature", "size_band", "owner", "team", "funnel_position", "annual_potential", "website", "address",
            "notes", "tier", "fit_score", "not_pursuing"));
    /** The columns an import reads; tier, fit score and status are derived or decided in the app. */
    static final CsvColumns IMPORTED = new CsvColumns("accounts.csv", COLUMNS.codes().subList(0, 12));

    private final HeadpinI18NProvider i18n;
    /** Null: codes. */
    private final @Nullable Locale locale;

    AccountCsvFormat(HeadpinI18NProvider i18n, @Nullable Locale locale) {
        this.i18n = i18n;
        this.locale = locale;
    }

    List<String> header(CsvColumns columns) {
        return locale == null ? columns.codes() : columns.headings(i18n, locale);
    }

    List<String> row(AccountDetails a, String owner, String team) {
        return List.of(a.name(), text(a.altName()), choice(a.industry(), a.industry().labelKey()),
                choice(a.nature(), a.nature().labelKey()), choice(a.sizeBand(), a.sizeBand().labelKey()), owner, team,
                choice(a.funnelPosition(), a.funnelPosition().labelKey()), a.annualPotential().toPlainString(),
                text(a.website()), text(a.address()), text(a.notes()),
                choice(a.effectiveTier(), a.effectiveTier().labelKey()),
                a.fitScore() == null ? "" : a.fitScore().toPlainString(),
                locale == null ? String.valueOf(a.notPursuing())
                        : i18n.getTranslation(a.notPursuing() ? "csv.yes" : "csv.no", locale));
    }

    /** The template's example row, in the reader's language, owned by the one who downloads it. */
    List<String> example(String owner) {
        Locale language = locale == null ? HeadpinI18NProvider.ENGLISH : locale;
        return List.of(i18n.getTranslation("accounts.csv.example.name", language),
                i18n.getTranslation("accounts.csv.example.alt-name", language),
                i18n.getTranslation(Industry.BANKING.labelKey(), language),
                i18n.getTranslation(Nature.STATE_OWNED.labelKey(), language),
                i18n.getTranslation(SizeBand.LARGE.labelKey(), language), owner, "",
                i18n.getTranslation(FunnelPosition.ABOVE.labelKey(), language), "5000000",
                "https://www.example.com", i18n.getTranslation("accounts.csv.example.address", language),
                i18n.getTranslation("accounts.csv.example.notes", language));
    }

    private String choice(Enum<?> value, String labelKey) {
        return locale == null ? value.name() : i18n.getTranslation(labelKey, locale);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
