package com.headpin.deals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.headpin.accounts.AccountNameMatch;
import com.headpin.accounts.AccountService;
import com.headpin.accounts.AccountSummary;
import com.headpin.deals.internal.Deal;
import com.headpin.deals.internal.DealFinder;
import com.headpin.deals.internal.DealHistoryWriter;
import com.headpin.deals.internal.DealRepository;
import com.headpin.deals.internal.DealRules;
import com.headpin.deals.internal.DealSpecifications;
import com.headpin.organisation.OrgTree;
import com.headpin.organisation.OrgUnitSummary;
import com.headpin.organisation.OrganisationService;
import com.headpin.organisation.Visibility;
import com.headpin.organisation.VisibilityScope;
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
import com.headpin.shared.InvalidInputException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CSV export of what the deal list shows, and import of an existing pipeline from CSV or Excel with a preview, the
 * way accounts import: every row is checked by the deal form's rules before anything is stored, and nothing is
 * imported unless the whole file is clean. A row names a visible account (by name or other-script name), an owner
 * the importer may assign (username or full name) and an open stage (number or name in either language); each
 * imported deal starts its history at that stage.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class DealCsvService {

    /** Columns an import needs filled in every row (probability and weighted amount follow from the stage). */
    static final Set<String> REQUIRED = Set.of("account", "name", "amount");
    private static final int EXPORT_PAGE_SIZE = 500;

    private final DealService deals;
    private final DealRepository repository;
    private final DealFinder finder;
    private final DealRules rules;
    private final DealHistoryWriter history;
    private final SalesProcessService process;
    private final AccountService accounts;
    private final UserAccountService users;
    private final OrganisationService organisation;
    private final Visibility visibility;
    private final CurrentUser currentUser;
    private final HeadpinI18NProvider i18n;
    private final ImportLimits limits;

    DealCsvService(DealService deals, DealRepository repository, DealFinder finder, DealRules rules,
                   DealHistoryWriter history, SalesProcessService process, AccountService accounts,
                   UserAccountService users, OrganisationService organisation, Visibility visibility,
                   CurrentUser currentUser, HeadpinI18NProvider i18n, ImportLimits limits) {
        this.deals = deals;
        this.repository = repository;
        this.finder = finder;
        this.rules = rules;
        this.history = history;
        this.process = process;
        this.accounts = accounts;
        this.users = users;
        this.organisation = organisation;
        this.visibility = visibility;
        this.currentUser = currentUser;
        this.i18n = i18n;
        this.limits = limits;
    }

    /** The largest file and the most rows an import takes (the upload refuses more as it receives it). */
    public ImportLimits limits() {
        return limits;
    }

    /**
     * The deals the filter shows (visible ones only), sorted by name, with the list's derived numbers; columns and
     * choices as codes (the stage as its number).
     */
    @Transactional(readOnly = true)
    public String export(DealFilter filter) {
        return export(filter, EXPORT_PAGE_SIZE);
    }

    /** The same in the reader's language: headings, stage names and choices as the screens show them. */
    @Transactional(readOnly = true)
    public String export(DealFilter filter, Locale locale) {
        return export(filter, EXPORT_PAGE_SIZE, new DealCsvFormat(i18n, process.current(), locale));
    }

    /**
     * An empty import file to fill in: the imported columns headed in the reader's language and one example row
     * (UTF-8 with byte-order mark, so that Excel opens it right).
     */
    @Transactional(readOnly = true)
    public String template(Locale locale) {
        SalesProcess sales = process.current();
        DealCsvFormat format = new DealCsvFormat(i18n, sales, locale);
        return Csv.BOM + Csv.line(format.header(DealCsvFormat.TEMPLATE))
                + Csv.line(format.example(users.me().username(), defaultClose(sales)));
    }

    /** Package-visible so tests can page with a few rows. */
    @Transactional(readOnly = true)
    String export(DealFilter filter, int pageSize) {
        return export(filter, pageSize, new DealCsvFormat(i18n, process.current(), null));
    }

    private String export(DealFilter filter, int pageSize, DealCsvFormat format) {
        Map<Long, String> units = organisation.tree().all().stream()
                .collect(Collectors.toMap(OrgUnitSummary::id, OrgUnitSummary::name));
        VisibilityScope scope = visibility.current();
        StringBuilder csv = new StringBuilder(Csv.BOM).append(Csv.line(format.header(DealCsvFormat.COLUMNS)));
        // Name, then id: deals of the same name come in one order on every page, so none repeats or goes missing.
        Sort order = Sort.by("name", "id");
        int page = 0;
        List<Deal> rows;
        do {
            rows = repository.findAll(DealSpecifications.visibleTo(scope).and(DealSpecifications.matching(filter)),
                    PageRequest.of(page++, pageSize, order)).getContent();
            Map<Long, String> accountNames = accounts.summaries(rows.stream().map(Deal::getAccountId)
                    .collect(Collectors.toSet())).stream()
                    .collect(Collectors.toMap(AccountSummary::id, AccountSummary::name));
            Map<Long, String> usernames = users.findAll(rows.stream().map(Deal::getOwnerId)
                    .collect(Collectors.toSet())).stream()
                    .collect(Collectors.toMap(UserSummary::id, UserSummary::username));
            for (Deal d : rows) {
                // An account the reader may not see (they are on the deal team) stays unnamed, as in the list.
                csv.append(Csv.line(format.row(d, accountNames.getOrDefault(d.getAccountId(), ""),
                        usernames.getOrDefault(d.getOwnerId(), ""),
                        d.getTeamId() == null ? "" : units.getOrDefault(d.getTeamId(), ""))));
            }
        } while (rows.size() == pageSize);
        return csv.toString();
    }

    /** Checks a CSV (UTF-8 or GBK/GB18030) or Excel file without storing anything. */
    @Transactional(readOnly = true)
    @Editors
    public ImportPreview preview(byte[] file) {
        return check(file).preview();
    }

    /** Imports a clean file in one transaction; any bad row and nothing is stored. Returns the number imported. */
    @Editors
    public int importAll(byte[] file) {
        Checked checked = check(file);
        if (!checked.preview().clean()) {
            throw InvalidInputException.of("file", "import.not-clean");
        }
        SalesProcess sales = process.current();
        checked.rows().forEach(row -> deals.insert(java.util.Objects.requireNonNull(row.input()), row.stage(),
                checked.scope(), checked.tree(), sales));
        return checked.rows().size();
    }

    private record Checked(ImportPreview preview, List<DealImportRows.Row> rows, VisibilityScope scope,
                           OrgTree tree) {
    }

    private Checked check(byte[] file) {
        VisibilityScope scope = visibility.current();
        OrgTree tree = organisation.tree();
        ImportSheet sheet = ImportSheet.read(file, limits).named(DealCsvFormat.COLUMNS.aliases(i18n));
        String fileError = sheet.error().orElse(sheet.hasColumns(REQUIRED) ? null : "deals.import.missing-columns");
        if (fileError != null) {
            return new Checked(new ImportPreview(List.of(), List.of(fileError)), List.of(), scope, tree);
        }
        SalesProcess sales = process.current();
        // What every row is checked against, once for the whole file, not once per row.
        List<AccountNameMatch> named = accounts.named(sheet.lines().stream().map(line -> line.get("account"))
                .collect(Collectors.toSet()));
        DealImportRows reader = new DealImportRows(rules, new DealImportRows.Context(named, users.activeUsers(), tree,
                scope, sales, i18n, currentUser.requireId(), defaultClose(sales)));
        List<DealImportRows.Row> rows = new ArrayList<>();
        sheet.lines().forEach(line -> rows.add(reader.read(line)));
        refuseDuplicates(rows, named);
        return new Checked(new ImportPreview(rows.stream()
                .map(row -> new ImportRow(row.line(), row.name(), row.errors())).toList(), List.of()), rows,
                scope, tree);
    }

    /**
     * A file imported twice would double the pipeline: a deal of the same name on the same account, among those the
     * importer sees or earlier in the file, is refused.
     */
    private void refuseDuplicates(List<DealImportRows.Row> rows, List<AccountNameMatch> named) {
        Set<Long> accountIds = named.stream().map(AccountNameMatch::id).collect(Collectors.toSet());
        Set<String> existing = accountIds.isEmpty() ? Set.of() : repository.findByAccountIdIn(accountIds).stream()
                .filter(finder::visible).map(d -> key(d.getAccountId(), d.getName())).collect(Collectors.toSet());
        Set<String> inFile = new HashSet<>();
        for (DealImportRows.Row row : rows) {
            if (row.input() == null || row.name().isBlank()) {
                continue;
            }
            String key = key(row.input().accountId(), row.name());
            if (existing.contains(key)) {
                row.errors().putIfAbsent("name", "deals.import.exists");
            } else if (!inFile.add(key)) {
                row.errors().putIfAbsent("name", "import.duplicate-in-file");
            }
        }
    }

    /** As a new deal in the form: today plus the sales process's typical cycle. */
    private LocalDate defaultClose(SalesProcess sales) {
        return history.today().plusWeeks(sales.typicalCycleWeeks());
    }

    private static String key(long accountId, String name) {
        return accountId + "/" + DealImportRows.key(name);
    }
}
