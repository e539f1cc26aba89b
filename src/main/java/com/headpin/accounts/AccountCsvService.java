package com.headpin.accounts;

import com.headpin.accounts.internal.AccountRepository;
import com.headpin.accounts.internal.AccountRules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.headpin.organisation.OrgTree;
import com.headpin.organisation.OrgUnitSummary;
import com.headpin.organisation.OrganisationService;
import com.headpin.security.CurrentUser;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import com.headpin.shared.Csv;
import com.headpin.shared.InputRules;
import com.headpin.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CSV export of what a filter shows, and import with a preview: every row is checked by the same rules as the form,
 * and nothing is imported unless the whole file is clean. Both respect the visibility rule.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class AccountCsvService {

    static final List<String> COLUMNS = List.of("name", "alt_name", "industry", "nature", "size_band", "owner",
            "team", "funnel_position", "annual_potential", "website", "address", "notes", "tier", "fit_score",
            "not_pursuing");
    /** Columns an import reads; tier, fit score and status are derived or decided in the app. */
    static final Set<String> REQUIRED = Set.of("name", "industry");
    private static final int MAX_ROWS = 5_000;

    private final AccountService accounts;
    private final AccountRepository repository;
    private final UserAccountService users;
    private final OrganisationService organisation;
    private final CurrentUser currentUser;
    private final TierService tiers;
    private final AccountRules rules;

    AccountCsvService(AccountService accounts, AccountRepository repository, UserAccountService users,
                      OrganisationService organisation, CurrentUser currentUser, TierService tiers,
                      AccountRules rules) {
        this.accounts = accounts;
        this.repository = repository;
        this.users = users;
        this.organisation = organisation;
        this.currentUser = currentUser;
        this.tiers = tiers;
        this.rules = rules;
    }

    /** The accounts the filter shows (visible ones only), sorted by name. */
    @Transactional(readOnly = true)
    public String export(AccountFilter filter) {
        Map<Long, String> usernames = users.activeUsers().stream()
                .collect(Collectors.toMap(UserSummary::id, UserSummary::username));
        Map<Long, String> units = organisation.tree().all().stream()
                .collect(Collectors.toMap(OrgUnitSummary::id, OrgUnitSummary::name));
        StringBuilder csv = new StringBuilder(Csv.BOM).append(Csv.line(COLUMNS));
        int page = 0;
        List<AccountDetails> rows;
        do {
            rows = accounts.pageDetails(filter, PageRequest.of(page++, 500, Sort.by("name"))).getContent();
            for (AccountDetails a : rows) {
                csv.append(Csv.line(List.of(a.name(), text(a.altName()), a.industry().name(), a.nature().name(),
                        a.sizeBand().name(), usernames.getOrDefault(a.ownerId(), ""),
                        a.teamId() == null ? "" : units.getOrDefault(a.teamId(), ""), a.funnelPosition().name(),
                        a.annualPotential().toPlainString(), text(a.website()), text(a.address()), text(a.notes()),
                        a.effectiveTier().name(), a.fitScore() == null ? "" : a.fitScore().toPlainString(),
                        String.valueOf(a.notPursuing()))));
            }
        } while (rows.size() == 500);
        return csv.toString();
    }

    /** Checks a file without storing anything. */
    @Transactional(readOnly = true)
    public ImportPreview preview(String csvText) {
        return check(csvText).preview();
    }

    /** Imports a clean file in one transaction; any bad row and nothing is stored. Returns the number imported. */
    public int importAll(String csvText) {
        Checked checked = check(csvText);
        if (!checked.preview().clean()) {
            throw InvalidInputException.of("file", "import.not-clean");
        }
        checked.inputs().forEach(accounts::insert);
        // One tier computation for the whole file instead of one per row.
        tiers.recompute();
        return checked.inputs().size();
    }

    private record Checked(ImportPreview preview, List<AccountInput> inputs) {
    }

    private Checked check(String csvText) {
        List<List<String>> records = Csv.parse(csvText);
        if (records.isEmpty()) {
            return new Checked(new ImportPreview(List.of(), List.of("import.empty")), List.of());
        }
        Map<String, Integer> header = new LinkedHashMap<>();
        List<String> first = records.getFirst();
        for (int i = 0; i < first.size(); i++) {
            header.put(first.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        List<String> fileErrors = new ArrayList<>();
        if (!header.keySet().containsAll(REQUIRED)) {
            fileErrors.add("import.missing-columns");
        }
        if (records.size() - 1 > MAX_ROWS) {
            fileErrors.add("import.too-many-rows");
        }
        if (!fileErrors.isEmpty()) {
            return new Checked(new ImportPreview(List.of(), fileErrors), List.of());
        }
        Map<String, UserSummary> byUsername = users.activeUsers().stream()
                .collect(Collectors.toMap(UserSummary::username, Function.identity()));
        OrgTree tree = organisation.tree();
        Set<String> names = new HashSet<>(repository.lowerCaseNames());
        List<ImportRow> rows = new ArrayList<>();
        List<AccountInput> inputs = new ArrayList<>();
        for (int line = 1; line < records.size(); line++) {
            List<String> record = records.get(line);
            Map<String, String> errors = new LinkedHashMap<>();
            Function<String, String> col = name -> Optional.ofNullable(header.get(name))
                    .filter(i -> i < record.size()).map(record::get).map(String::strip).orElse("");
            String name = col.apply("name");
            AccountInput input = new AccountInput(0, name, blankToNull(col.apply("alt_name")),
                    parse(Industry.class, col.apply("industry"), Industry.OTHER, "industry", errors),
                    parse(Nature.class, col.apply("nature"), Nature.OTHER, "nature", errors),
                    parse(SizeBand.class, col.apply("size_band"), SizeBand.MEDIUM, "sizeBand", errors),
                    null, team(tree, col.apply("team"), errors), owner(byUsername, col.apply("owner"), errors),
                    parse(FunnelPosition.class, col.apply("funnel_position"), FunnelPosition.ABOVE,
                            "funnelPosition", errors), null, blankToNull(col.apply("address")),
                    blankToNull(col.apply("website")), blankToNull(col.apply("notes")),
                    amount(col.apply("annual_potential"), errors), null, Set.of());
            try {
                rules.check(input, null);
            } catch (InvalidInputException invalid) {
                invalid.fieldErrors().forEach(errors::putIfAbsent);
            }
            if (!name.isBlank() && !names.add(key(name))) {
                errors.putIfAbsent("name", "import.duplicate-name");
            }
            rows.add(new ImportRow(line + 1, name, errors));
            inputs.add(input);
        }
        return new Checked(new ImportPreview(rows, List.of()), inputs);
    }

    private long owner(Map<String, UserSummary> byUsername, String username, Map<String, String> errors) {
        if (username.isBlank()) {
            return currentUser.requireId();
        }
        UserSummary user = byUsername.get(username.toLowerCase(Locale.ROOT));
        if (user == null) {
            errors.put("owner", "import.unknown-user");
            return currentUser.requireId();
        }
        return user.id();
    }

    private static @Nullable Long team(OrgTree tree, String name, Map<String, String> errors) {
        if (name.isBlank()) {
            return null;
        }
        return tree.all().stream().filter(u -> u.name().equals(name)).map(OrgUnitSummary::id).findFirst()
                .orElseGet(() -> {
                    errors.put("team", "import.unknown-team");
                    return null;
                });
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, E fallback, String field,
                                               Map<String, String> errors) {
        if (value.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            errors.put(field, "validation.invalid-choice");
            return fallback;
        }
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

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static @Nullable String blankToNull(String value) {
        return value.isBlank() ? null : value;
    }
}
