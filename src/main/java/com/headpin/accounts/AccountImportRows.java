package com.headpin.accounts;

import com.headpin.accounts.internal.AccountRules;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.headpin.organisation.OrgUnitSummary;
import com.headpin.security.UserSummary;
import com.headpin.shared.ChoiceLabels;
import com.headpin.shared.ImportSheet;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.InputRules;
import com.vaadin.flow.i18n.I18NProvider;
import org.jspecify.annotations.Nullable;

/**
 * Reads the data rows of an import file into account inputs and errors by field, checked by the form's rules
 * against one copy of the organisation (users, units, the importer's scope) loaded for the whole file.
 */
final class AccountImportRows {

    /** One data row: its line in the file, what it would store and what is wrong with it (field → i18n key). */
    record Row(int line, String name, AccountInput input, Map<String, String> errors) {
    }

    private final AccountRules rules;
    private final AccountRules.Organisation organisation;
    private final Map<String, Industry> industries;
    private final Map<String, Nature> natures;
    private final Map<String, SizeBand> sizeBands;
    private final Map<String, FunnelPosition> funnelPositions;
    private final Map<String, UserSummary> byUsername;
    private final Map<String, List<Long>> unitsByName;
    private final long importer;

    AccountImportRows(AccountRules rules, AccountRules.Organisation organisation, List<UserSummary> activeUsers,
                      long importer, I18NProvider i18n) {
        this.rules = rules;
        this.organisation = organisation;
        this.industries = ChoiceLabels.of(Industry.values(), Industry::labelKey, i18n);
        this.natures = ChoiceLabels.of(Nature.values(), Nature::labelKey, i18n);
        this.sizeBands = ChoiceLabels.of(SizeBand.values(), SizeBand::labelKey, i18n);
        this.funnelPositions = ChoiceLabels.of(FunnelPosition.values(), FunnelPosition::labelKey, i18n);
        this.byUsername = activeUsers.stream().collect(Collectors.toMap(UserSummary::username, Function.identity()));
        this.unitsByName = organisation.tree().all().stream().collect(Collectors.groupingBy(OrgUnitSummary::name,
                Collectors.mapping(OrgUnitSummary::id, Collectors.toList())));
        this.importer = importer;
    }

    Row read(ImportSheet.Line line) {
        // A row that lost a column or left a required one empty is an error, never filled in with defaults.
        Map<String, String> errors = new LinkedHashMap<>(line.gaps(AccountCsvService.REQUIRED));
        Function<String, String> col = line::get;
        String name = col.apply("name");
        AccountInput input = new AccountInput(0, name, blankToNull(col.apply("alt_name")),
                ChoiceLabels.read(industries, col.apply("industry"), Industry.OTHER, "industry", errors),
                ChoiceLabels.read(natures, col.apply("nature"), Nature.OTHER, "nature", errors),
                ChoiceLabels.read(sizeBands, col.apply("size_band"), SizeBand.MEDIUM, "sizeBand", errors),
                null, team(col.apply("team"), errors), owner(col.apply("owner"), errors),
                ChoiceLabels.read(funnelPositions, col.apply("funnel_position"), FunnelPosition.ABOVE,
                        "funnelPosition", errors), null, blankToNull(col.apply("address")),
                blankToNull(col.apply("website")), blankToNull(col.apply("notes")),
                amount(col.apply("annual_potential"), errors), null, Set.of());
        try {
            rules.check(input, null, organisation);
        } catch (InvalidInputException invalid) {
            invalid.fieldErrors().forEach(errors::putIfAbsent);
        }
        return new Row(line.number(), name, input, errors);
    }

    private long owner(String username, Map<String, String> errors) {
        if (username.isBlank()) {
            return importer;
        }
        UserSummary user = byUsername.get(username.toLowerCase(Locale.ROOT));
        if (user == null) {
            errors.put("owner", "import.unknown-user");
            return importer;
        }
        return user.id();
    }

    /** A team by its name; two units of that name are refused rather than one of them picked. */
    private @Nullable Long team(String name, Map<String, String> errors) {
        if (name.isBlank()) {
            return null;
        }
        List<Long> ids = unitsByName.getOrDefault(name, List.of());
        if (ids.size() != 1) {
            errors.put("team", ids.isEmpty() ? "import.unknown-team" : "import.ambiguous-team");
            return null;
        }
        return ids.getFirst();
    }

    private static BigDecimal amount(String value, Map<String, String> errors) {
        if (value.isBlank()) {
            return BigDecimal.ZERO;
        }
        return InputRules.parseAmount(value).orElseGet(() -> {
            errors.put("annualPotential", "validation.amount");
            return BigDecimal.ZERO;
        });
    }

    private static @Nullable String blankToNull(String value) {
        return value.isBlank() ? null : value;
    }
}
