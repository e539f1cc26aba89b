package com.headpin.deals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.headpin.accounts.AccountNameMatch;
import com.headpin.deals.internal.DealRules;
import com.headpin.organisation.OrgTree;
import com.headpin.organisation.OrgUnitSummary;
import com.headpin.organisation.PlacementRules;
import com.headpin.organisation.UnitType;
import com.headpin.organisation.VisibilityScope;
import com.headpin.security.UserSummary;
import com.headpin.shared.ChoiceLabels;
import com.headpin.shared.HeadpinI18NProvider;
import com.headpin.shared.ImportSheet;
import com.headpin.shared.InputRules;
import com.headpin.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Reads the data rows of a deal import into deal inputs and errors by field, checked by the deal form's rules
 * against one copy of what the whole file needs: the accounts it names that the importer sees, the users, the teams,
 * the sales process's stage names in both languages and the importer's scope.
 */
final class DealImportRows {

    /** One data row: its line, what it would store (null when its account is unknown) and what is wrong with it. */
    record Row(int line, String name, @Nullable DealInput input, DealStage stage, Map<String, String> errors) {
    }

    /** What a file is read against, loaded once for the whole file. */
    record Context(List<AccountNameMatch> accounts, List<UserSummary> activeUsers, OrgTree tree,
                   VisibilityScope scope, SalesProcess process, HeadpinI18NProvider i18n, long importer,
                   LocalDate defaultClose) {
    }

    private final DealRules rules;
    private final Context context;
    private final Map<String, List<AccountNameMatch>> accountsByName = new HashMap<>();
    private final Map<String, List<UserSummary>> usersByName = new HashMap<>();
    private final Map<String, List<Long>> teamsByName;
    private final Map<String, DealStage> stagesByName = new HashMap<>();
    private final Map<String, DealOutcome> outcomes;
    private final Map<String, ForecastCategory> categories;

    DealImportRows(DealRules rules, Context context) {
        this.rules = rules;
        this.context = context;
        for (AccountNameMatch account : context.accounts()) {
            add(accountsByName, account.name(), account);
            if (account.altName() != null) {
                add(accountsByName, account.altName(), account);
            }
        }
        // Username first: a full name that is someone else's username does not make the username ambiguous.
        for (UserSummary user : context.activeUsers()) {
            add(usersByName, user.fullName(), user);
        }
        context.activeUsers().forEach(user -> usersByName.put(key(user.username()), List.of(user)));
        this.teamsByName = context.tree().all().stream().filter(unit -> unit.type() == UnitType.TEAM)
                .collect(Collectors.groupingBy(unit -> key(unit.name()),
                        Collectors.mapping(OrgUnitSummary::id, Collectors.toList())));
        for (StageSettings stage : context.process().stages()) {
            stagesByName.put(String.valueOf(stage.stage().number()), stage.stage());
            stagesByName.put(key(stage.stage().name()), stage.stage());
            stagesByName.put(key(stage.nameEn()), stage.stage());
            stagesByName.put(key(stage.nameZh()), stage.stage());
        }
        this.outcomes = ChoiceLabels.of(DealOutcome.values(), DealOutcome::labelKey, context.i18n());
        this.categories = ChoiceLabels.of(ForecastCategory.values(), ForecastCategory::labelKey, context.i18n());
    }

    Row read(ImportSheet.Line line) {
        Map<String, String> errors = new LinkedHashMap<>(line.gaps(DealCsvService.REQUIRED));
        String name = line.get("name");
        AccountNameMatch account = one(accountsByName, line.get("account"), "account", "deals.import.unknown-account",
                "deals.import.ambiguous-account", errors);
        DealStage stage = stage(line.get("stage"), errors);
        outcome(line.get("outcome"), errors);
        UserSummary owner = line.get("owner").isBlank() ? null : one(usersByName, line.get("owner"), "owner",
                "import.unknown-user", "deals.import.ambiguous-user", errors);
        long ownerId = owner == null ? context.importer() : owner.id();
        Long team = team(line.get("team"), account, ownerId, errors);
        ForecastCategory category = ChoiceLabels.read(categories, line.get("forecast_category"),
                ForecastCategory.PIPELINE, "forecastCategory", errors);
        LocalDate close = line.get("expected_close").isBlank() ? context.defaultClose()
                : date(line.get("expected_close"), errors);
        DealInput input = account == null ? null : new DealInput(0, account.id(), name,
                amount(line.get("amount"), errors), close, ownerId, team,
                team == null ? null : PlacementRules.regionOf(team, context.tree()), category,
                InputRules.trimToNull(line.get("next_step")), Set.of(), Set.of(), Set.of(), null, null);
        if (input != null) {
            try {
                rules.check(input, null, context.scope(), context.tree());
            } catch (InvalidInputException invalid) {
                invalid.fieldErrors().forEach(errors::putIfAbsent);
            }
        } else {
            errors.putAll(nameErrors(name));
        }
        return new Row(line.number(), name, input, stage, errors);
    }

    /** A pipeline is imported open: a signed deal is won on its page, with its final amount and date. */
    private DealStage stage(String value, Map<String, String> errors) {
        if (value.isBlank()) {
            return DealStage.SEMINAR;
        }
        DealStage stage = stagesByName.get(key(value));
        if (stage == null) {
            errors.put("stage", "validation.invalid-choice");
            return DealStage.SEMINAR;
        }
        if (!stage.isOpenStage()) {
            errors.put("stage", "deals.import.open-only");
        }
        return stage;
    }

    private void outcome(String value, Map<String, String> errors) {
        DealOutcome outcome = ChoiceLabels.read(outcomes, value, DealOutcome.OPEN, "outcome", errors);
        if (outcome != DealOutcome.OPEN) {
            errors.putIfAbsent("outcome", "deals.import.open-only");
        }
    }

    /**
     * A team by its name (two teams of that name are refused rather than one picked); none given: the account's
     * team if the importer may place deals there, else the owner's first team, as a new deal in the form starts.
     */
    private @Nullable Long team(String name, @Nullable AccountNameMatch account, long ownerId,
                                Map<String, String> errors) {
        if (name.isBlank()) {
            if (account != null && account.teamId() != null && context.scope().mayAssignTeam(account.teamId())) {
                return account.teamId();
            }
            return context.tree().teamsOf(ownerId).stream().map(OrgUnitSummary::id).findFirst().orElse(null);
        }
        List<Long> ids = teamsByName.getOrDefault(key(name), List.of());
        if (ids.size() != 1) {
            errors.put("team", ids.isEmpty() ? "import.unknown-team" : "import.ambiguous-team");
            return null;
        }
        return ids.getFirst();
    }

    private static <T> @Nullable T one(Map<String, List<T>> byName, String name, String field, String unknown,
                                       String ambiguous, Map<String, String> errors) {
        if (name.isBlank()) {
            errors.put(field, "validation.required");
            return null;
        }
        List<T> found = byName.getOrDefault(key(name), List.of());
        if (found.size() != 1) {
            errors.put(field, found.isEmpty() ? unknown : ambiguous);
            return null;
        }
        return found.getFirst();
    }

    private static @Nullable BigDecimal amount(String value, Map<String, String> errors) {
        if (value.isBlank()) {
            return null;
        }
        return InputRules.parseAmount(value).orElseGet(() -> {
            errors.put("amount", "validation.amount");
            return null;
        });
    }

    private static @Nullable LocalDate date(String value, Map<String, String> errors) {
        return InputRules.parseDate(value).orElseGet(() -> {
            errors.put("expectedClose", "validation.date");
            return null;
        });
    }

    /** The name's own errors when there is no input to check as a whole (its account is unknown). */
    private static Map<String, String> nameErrors(String name) {
        try {
            new InputRules().name("name", name, com.headpin.deals.internal.Deal.NAME_MAX_LENGTH).check();
            return Map.of();
        } catch (InvalidInputException invalid) {
            return invalid.fieldErrors();
        }
    }

    private static <T> void add(Map<String, List<T>> byName, String name, T value) {
        List<T> list = byName.computeIfAbsent(key(name), k -> new java.util.ArrayList<>());
        if (!list.contains(value)) {
            list.add(value);
        }
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
