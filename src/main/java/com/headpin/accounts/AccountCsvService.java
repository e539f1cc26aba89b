package com.headpin.accounts;

import com.headpin.accounts.internal.Account;
import com.headpin.accounts.internal.AccountSpecifications;
import com.headpin.organisation.Visibility;
import com.headpin.accounts.internal.AccountRepository;
import com.headpin.accounts.internal.AccountRules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.headpin.organisation.OrgUnitSummary;
import com.headpin.organisation.OrganisationService;
import com.headpin.security.CurrentUser;
import com.headpin.security.Editors;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import com.headpin.shared.Csv;
import com.headpin.shared.HeadpinI18NProvider;
import com.headpin.shared.ImportLimits;
import com.headpin.shared.ImportPreview;
import com.headpin.shared.ImportRow;
import com.headpin.shared.ImportSheet;
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
 * and nothing is imported unless the whole file is clean. Both respect the visibility rule; a file larger than
 * {@link ImportLimits} is refused before it is read.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class AccountCsvService {

    /** Columns an import needs filled in every row. */
    static final Set<String> REQUIRED = Set.of("name", "industry");
    private static final int EXPORT_PAGE_SIZE = 500;

    private final AccountService accounts;
    private final AccountRepository repository;
    private final UserAccountService users;
    private final OrganisationService organisation;
    private final CurrentUser currentUser;
    private final TierService tiers;
    private final AccountRules rules;
    private final ImportLimits limits;
    private final HeadpinI18NProvider i18n;
    private final Visibility visibility;

    AccountCsvService(AccountService accounts, AccountRepository repository, UserAccountService users,
                      OrganisationService organisation, CurrentUser currentUser, TierService tiers,
                      AccountRules rules, ImportLimits limits, HeadpinI18NProvider i18n, Visibility visibility) {
        this.visibility = visibility;
        this.accounts = accounts;
        this.repository = repository;
        this.users = users;
        this.organisation = organisation;
        this.currentUser = currentUser;
        this.tiers = tiers;
        this.rules = rules;
        this.limits = limits;
        this.i18n = i18n;
    }

    /** The largest file and the most rows an import takes (the upload refuses more as it receives it). */
    public ImportLimits limits() {
        return limits;
    }

    /** The accounts the filter shows (visible ones only), sorted by name; columns and choices as codes. */
    @Transactional(readOnly = true)
    public String export(AccountFilter filter) {
        return export(filter, EXPORT_PAGE_SIZE);
    }

    /** The same in the reader's language: headings and choices as the screens show them. */
    @Transactional(readOnly = true)
    public String export(AccountFilter filter, Locale locale) {
        return export(filter, EXPORT_PAGE_SIZE, new AccountCsvFormat(i18n, locale));
    }

    /**
     * An empty import file to fill in: the imported columns headed in the reader's language and one example row
     * (UTF-8 with byte-order mark, so that Excel opens it right).
     */
    @Transactional(readOnly = true)
    public String template(Locale locale) {
        AccountCsvFormat format = new AccountCsvFormat(i18n, locale);
        return Csv.BOM + Csv.line(format.header(AccountCsvFormat.IMPORTED)) + Csv.line(format.example(
                users.me().username()));
    }

    /** Package-visible so tests can page with a few rows. */
    @Transactional(readOnly = true)
    String export(AccountFilter filter, int pageSize) {
        return export(filter, pageSize, new AccountCsvFormat(i18n, null));
    }

    private String export(AccountFilter filter, int pageSize, AccountCsvFormat format) {
        Map<Long, String> usernames = users.activeUsers().stream()
                .collect(Collectors.toMap(UserSummary::id, UserSummary::username));
        Map<Long, String> units = organisation.tree().all().stream()
                .collect(Collectors.toMap(OrgUnitSummary::id, OrgUnitSummary::name));
        StringBuilder csv = new StringBuilder(Csv.BOM).append(Csv.line(format.header(AccountCsvFormat.COLUMNS)));
        // Name, then id: accounts of the same name come in one order on every page, so none repeats or goes missing.
        Sort order = Sort.by("name", "id");
        int page = 0;
        List<AccountDetails> rows;
        do {
            // Full details of a page of visible accounts: one query per page, not per row.
            rows = repository.findAll(AccountSpecifications.visibleTo(visibility.current())
                            .and(AccountSpecifications.matching(filter)), PageRequest.of(page++, pageSize, order))
                    .map(Account::toDetails).getContent();
            for (AccountDetails a : rows) {
                csv.append(Csv.line(format.row(a, usernames.getOrDefault(a.ownerId(), ""),
                        a.teamId() == null ? "" : units.getOrDefault(a.teamId(), ""))));
            }
        } while (rows.size() == pageSize);
        return csv.toString();
    }

    /** Checks a CSV text without storing anything. */
    @Transactional(readOnly = true)
    @Editors
    public ImportPreview preview(String csvText) {
        return check(ImportSheet.csv(csvText, limits)).preview();
    }

    /** Checks a file as uploaded (CSV in UTF-8 or GBK/GB18030, or an Excel workbook) without storing anything. */
    @Transactional(readOnly = true)
    @Editors
    public ImportPreview preview(byte[] file) {
        return check(ImportSheet.read(file, limits)).preview();
    }

    /** Imports a clean CSV text in one transaction; any bad row and nothing is stored. Returns the number imported. */
    @Editors
    public int importAll(String csvText) {
        return importAll(check(ImportSheet.csv(csvText, limits)));
    }

    /** Imports a clean file as uploaded, as {@link #importAll(String)} does. */
    @Editors
    public int importAll(byte[] file) {
        return importAll(check(ImportSheet.read(file, limits)));
    }

    private int importAll(Checked checked) {
        if (!checked.preview().clean()) {
            throw InvalidInputException.of("file", "import.not-clean");
        }
        AccountRules.Organisation org = checked.organisation();
        checked.inputs().forEach(input -> accounts.insert(input, org));
        // One tier computation for the whole file instead of one per row.
        tiers.recompute();
        return checked.inputs().size();
    }

    private record Checked(ImportPreview preview, List<AccountInput> inputs,
                           AccountRules.@Nullable Organisation organisation) {

        static Checked refused(String fileError) {
            return new Checked(new ImportPreview(List.of(), List.of(fileError)), List.of(), null);
        }
    }

    private Checked check(ImportSheet file) {
        ImportSheet sheet = file.named(AccountCsvFormat.COLUMNS.aliases(i18n));
        if (sheet.error().isPresent()) {
            return Checked.refused(sheet.error().get());
        }
        if (!sheet.hasColumns(REQUIRED)) {
            return Checked.refused("import.missing-columns");
        }
        // The organisation once for the whole file, not once per row.
        AccountRules.Organisation org = rules.organisation();
        AccountImportRows reader = new AccountImportRows(rules, org, users.activeUsers(), currentUser.requireId(),
                i18n);
        List<AccountImportRows.Row> rows = new ArrayList<>();
        sheet.lines().forEach(line -> rows.add(reader.read(line)));
        refuseDuplicateNames(rows);
        return new Checked(new ImportPreview(rows.stream()
                .map(row -> new ImportRow(row.line(), row.name(), row.errors())).toList(), List.of()),
                rows.stream().map(AccountImportRows.Row::input).toList(), org);
    }

    /**
     * One account per name. An existing account the importer cannot see is reported only as existing elsewhere:
     * its owner, team and id stay hidden.
     */
    private void refuseDuplicateNames(List<AccountImportRows.Row> rows) {
        Set<String> existing = new HashSet<>(repository.lowerCaseNames());
        Set<String> taken = rows.stream().map(row -> key(row.name())).filter(existing::contains)
                .collect(Collectors.toSet());
        Set<String> visible = taken.isEmpty() ? Set.of() : accounts.summaries(repository.idsNamedAnyOf(taken))
                .stream().map(summary -> key(summary.name())).collect(Collectors.toSet());
        Set<String> inFile = new HashSet<>();
        for (AccountImportRows.Row row : rows) {
            String key = key(row.name());
            if (row.name().isBlank()) {
                continue;
            }
            if (taken.contains(key)) {
                row.errors().putIfAbsent("name", visible.contains(key) ? "import.duplicate-name"
                        : "import.duplicate-name-elsewhere");
            } else if (!inFile.add(key)) {
                row.errors().putIfAbsent("name", "import.duplicate-in-file");
            }
        }
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
