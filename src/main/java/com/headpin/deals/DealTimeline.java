package com.headpin.deals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.headpin.collaboration.History;
import com.headpin.collaboration.TimelineEntry;
import com.headpin.collaboration.TimelineSource;
import com.headpin.deals.internal.Deal;
import com.headpin.deals.internal.DealActionRow;
import com.headpin.deals.internal.DealFinder;
import com.headpin.organisation.OrgUnitSummary;
import com.headpin.organisation.OrganisationService;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import com.headpin.shared.BusinessCalendar;
import com.headpin.shared.Dates;
import com.headpin.shared.HeadpinI18NProvider;
import com.headpin.shared.Money;
import com.headpin.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A deal's activity: its stage, amount, close date, category, probability and outcome from the dated deal history
 * (at the day each took effect, so a back-dated history reads right), the other fields from Envers. For whoever may
 * see the deal. Its action items' changes join in, each item shown whole before and after.
 */
@Component
class DealTimeline implements TimelineSource {

    private final History history;
    private final DealHistoryService dealHistory;
    private final DealFinder finder;
    private final SalesProcessService process;
    private final UserAccountService users;
    private final OrganisationService organisation;
    private final BusinessCalendar calendar;
    private final HeadpinI18NProvider i18n;

    DealTimeline(History history, DealHistoryService dealHistory, DealFinder finder, SalesProcessService process,
                 UserAccountService users, OrganisationService organisation, BusinessCalendar calendar,
                 HeadpinI18NProvider i18n) {
        this.history = history;
        this.dealHistory = dealHistory;
        this.finder = finder;
        this.process = process;
        this.users = users;
        this.organisation = organisation;
        this.calendar = calendar;
        this.i18n = i18n;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TimelineEntry> entries(RecordType recordType, long recordId) {
        if (!DealTopics.DEAL.equals(recordType)) {
            return List.of();
        }
        finder.load(recordId);
        Locale locale = LocaleContextHolder.getLocale();
        Map<Long, String> people = users.activeUsers().stream()
                .collect(Collectors.toMap(UserSummary::id, UserSummary::fullName, (a, b) -> a, HashMap::new));
        Map<Long, String> units = organisation.tree().all().stream()
                .collect(Collectors.toMap(OrgUnitSummary::id, OrgUnitSummary::name));
        List<TimelineEntry> entries = new ArrayList<>(history.changes(Deal.class, recordId, History.fields()
                        .field("name", "deal.name")
                        .field("ownerId", "deal.owner", v -> person(people, v))
                        .field("teamId", "deal.team", v -> name(units, v))
                        .field("regionId", "deal.region", v -> name(units, v))
                        .field("nextStep", "deal.next-step")
                        .field("phase", "deal.phase", v -> v == null ? "" : text(((DealPhase) v).labelKey(), locale))
                        .field("finalAmount", "deal.final-amount", v -> money(v, locale))
                        .field("signedOn", "deal.signed-on", v -> v == null ? ""
                                : Dates.format((java.time.LocalDate) v, locale)))
                .stream().filter(e -> e.kind() != TimelineEntry.Kind.CREATED).toList());
        entries.addAll(fromHistory(dealHistory.history(recordId), people, locale));
        entries.addAll(history.itemChanges(DealActionRow.class, "dealId", recordId, "deal.action-item",
                action -> actionText(action, people, locale)));
        return entries;
    }

    /** One entry per field that changed from one history row to the next; the first row is the creation. */
    private List<TimelineEntry> fromHistory(List<DealHistoryEntry> rows, Map<Long, String> people, Locale locale) {
        SalesProcess sales = process.current();
        List<TimelineEntry> entries = new ArrayList<>();
        DealHistoryEntry previous = null;
        for (DealHistoryEntry row : rows) {
            Instant at = at(row);
            long actor = row.recordedBy() == null ? 0 : row.recordedBy();
            String actorName = people.getOrDefault(actor, "");
            if (previous == null || row.change() == DealChange.CREATED) {
                entries.add(new TimelineEntry(at, actor, actorName, TimelineEntry.Kind.CREATED, null, null, null));
            } else {
                Changes changes = new Changes(entries, at, actor, actorName);
                DealHistoryEntry before = previous;
                String why = row.reason() == null ? "" : " — " + text(row.change().labelKey(), locale) + ": "
                        + row.reason();
                changes.add("deal.stage", before.stage(), row.stage(), s -> sales.stage(s).name(locale)
                        + (s == row.stage() ? why : ""));
                changes.add("deal.outcome", before.outcome(), row.outcome(), o -> text(o.labelKey(), locale)
                        + (o == row.outcome() && before.stage() == row.stage() ? why : ""));
                changes.add("deal.amount", previous.amount(), row.amount(), v -> Money.format(v, locale));
                changes.add("deal.expected-close", previous.expectedClose(), row.expectedClose(),
                        d -> Dates.format(d, locale));
                changes.add("deal.forecast-category", previous.forecastCategory(), row.forecastCategory(),
                        c -> text(c.labelKey(), locale));
                changes.add("deal.probability", previous.probability(), row.probability(), p -> p + "%");
            }
            previous = row;
        }
        return entries;
    }

    /** Entries of one history row: a field that changed becomes a "changed from … to …" entry. */
    private record Changes(List<TimelineEntry> entries, Instant at, long actor, String actorName) {

        <T> void add(String labelKey, T before, T after, Function<T, String> text) {
            boolean same = before instanceof BigDecimal b ? b.compareTo((BigDecimal) after) == 0
                    : Objects.equals(before, after);
            if (!same) {
                entries.add(new TimelineEntry(at, actor, actorName, TimelineEntry.Kind.FIELD_CHANGED, labelKey,
                        text.apply(before), text.apply(after)));
            }
        }
    }

    /** An action item in one line: what, who, by when, how far. */
    private String actionText(DealActionRow action, Map<Long, String> people, Locale locale) {
        return action.getTitle() + " · " + name(people, action.getOwnerId())
                + (action.getDueDate() == null ? "" : " · " + Dates.format(action.getDueDate(), locale))
                + " · " + text(action.getStatus().labelKey(), locale);
    }

    /** When the change took effect: the recorded time on its own day, else the start of a back-dated day. */
    private Instant at(DealHistoryEntry row) {
        return calendar.dateOf(row.recordedAt()).equals(row.effectiveOn()) ? row.recordedAt()
                : calendar.startOf(row.effectiveOn());
    }

    private String text(String key, Locale locale) {
        return i18n.getTranslation(key, locale);
    }

    private static String money(@Nullable Object value, Locale locale) {
        return value == null ? "" : Money.format((BigDecimal) value, locale);
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
