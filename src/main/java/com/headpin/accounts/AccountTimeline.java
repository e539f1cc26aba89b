package com.headpin.accounts;

import com.headpin.accounts.internal.Account;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.headpin.collaboration.History;
import com.headpin.collaboration.TimelineEntry;
import com.headpin.collaboration.TimelineSource;
import com.headpin.organisation.OrgUnitSummary;
import com.headpin.organisation.OrganisationService;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import com.headpin.shared.HeadpinI18NProvider;
import com.headpin.shared.Money;
import com.headpin.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Field history of accounts on their activity timelines, for whoever may see the account.
 * Ids show as names, enums and amounts in the reader's language.
 */
@Component
class AccountTimeline implements TimelineSource {

    private final History history;
    private final AccountService accounts;
    private final UserAccountService users;
    private final OrganisationService organisation;
    private final HeadpinI18NProvider i18n;

    AccountTimeline(History history, AccountService accounts, UserAccountService users,
                    OrganisationService organisation, HeadpinI18NProvider i18n) {
        this.history = history;
        this.accounts = accounts;
        this.users = users;
        this.organisation = organisation;
        this.i18n = i18n;
    }

    @Override
    public List<TimelineEntry> entries(RecordType recordType, long recordId) {
        Locale locale = LocaleContextHolder.getLocale();
        if (AccountTopics.ACCOUNT.equals(recordType)) {
            accounts.load(recordId);
            Map<Long, String> people = people();
            Map<Long, String> units = organisation.tree().all().stream()
                    .collect(Collectors.toMap(OrgUnitSummary::id, OrgUnitSummary::name));
            return history.changes(Account.class, recordId, History.fields()
                    .field("name", "account.name")
                    .field("altName", "account.alt-name")
                    .field("industry", "account.industry", label(locale, v -> ((Industry) v).labelKey()))
                    .field("nature", "account.nature", label(locale, v -> ((Nature) v).labelKey()))
                    .field("sizeBand", "account.size-band", label(locale, v -> ((SizeBand) v).labelKey()))
                    .field("funnelPosition", "account.funnel-position",
                            label(locale, v -> ((FunnelPosition) v).labelKey()))
                    .field("ownerId", "account.owner", v -> person(people, v))
                    .field("teamId", "account.team", v -> name(units, v))
                    .field("regionId", "account.region", v -> name(units, v))
                    .field("annualPotential", "account.annual-potential",
                            v -> v == null ? "" : Money.format((BigDecimal) v, locale))
                    .field("tierOverride", "account.tier-override", v -> v == null
                            ? i18n.getTranslation("account.tier-override.none", locale) : v.toString())
                    .field("notPursuing", "account.not-pursuing", v -> i18n.getTranslation(
                            Boolean.TRUE.equals(v) ? "timeline.yes" : "timeline.no", locale))
                    .field("notPursuingReason", "account.not-pursuing.reason")
                    .field("website", "account.website")
                    .field("address", "account.address")
                    .field("notes", "account.notes"));
        }
        return List.of();
    }

    private Map<Long, String> people() {
        return users.activeUsers().stream()
                .collect(Collectors.toMap(UserSummary::id, UserSummary::fullName, (a, b) -> a, HashMap::new));
    }

    private Function<@Nullable Object, String> label(Locale locale, Function<Object, String> key) {
        return v -> v == null ? "" : i18n.getTranslation(key.apply(v), locale);
    }

    /** A person's name; one who left (disabled, not among the active users) is looked up once. */
    private String person(Map<Long, String> people, @Nullable Object id) {
        return id == null ? "" : people.computeIfAbsent(((Number) id).longValue(),
                key -> users.find(key).map(UserSummary::fullName).orElse("#" + key));
    }

    private static String name(Map<Long, String> names, @Nullable Object id) {
        return id == null ? "" : names.getOrDefault(((Number) id).longValue(), "#" + id);
    }
}
