package com.headpin.stakeholders;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.headpin.accounts.ContactDetails;
import com.headpin.accounts.ContactService;
import com.headpin.collaboration.History;
import com.headpin.collaboration.TimelineEntry;
import com.headpin.collaboration.TimelineSource;
import com.headpin.deals.DealDetails;
import com.headpin.deals.DealService;
import com.headpin.deals.DealTopics;
import com.headpin.shared.HeadpinI18NProvider;
import com.headpin.shared.RecordType;
import com.headpin.stakeholders.internal.BuyingInfluence;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deal's activity shows its buying influences' changes (added, roles, influence, attitude, certainty, results,
 * removed), each influence in one line before and after, for whoever may see the deal.
 */
@Component
class InfluenceTimeline implements TimelineSource {

    private static final int RESULTS_SHOWN = 80;

    private final History history;
    private final DealService deals;
    private final ContactService contacts;
    private final HeadpinI18NProvider i18n;

    InfluenceTimeline(History history, DealService deals, ContactService contacts, HeadpinI18NProvider i18n) {
        this.history = history;
        this.deals = deals;
        this.contacts = contacts;
        this.i18n = i18n;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TimelineEntry> entries(RecordType recordType, long recordId) {
        if (!DealTopics.DEAL.equals(recordType)) {
            return List.of();
        }
        DealDetails deal = deals.find(recordId).orElse(null);
        if (deal == null) {
            return List.of();
        }
        Locale locale = LocaleContextHolder.getLocale();
        Map<Long, String> names = contacts.list(deal.accountId()).stream()
                .collect(Collectors.toMap(ContactDetails::id, ContactDetails::name));
        return history.itemChanges(BuyingInfluence.class, "dealId", recordId, "influence.history",
                influence -> summary(influence, names, locale));
    }

    /** One influence in one line: who, roles, influence, attitude, certainty, the start of the results. */
    private String summary(BuyingInfluence influence, Map<Long, String> names, Locale locale) {
        StringBuilder line = new StringBuilder(names.getOrDefault(influence.getContactId(),
                "#" + influence.getContactId()));
        // Chinese lists take the enumeration comma (、), as the roles' names are words of a sentence.
        String comma = Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? "、" : ", ";
        line.append(" · ").append(influence.getRoles().stream().map(r -> text(r.labelKey(), locale))
                .collect(Collectors.joining(comma)));
        append(line, influence.getInfluence(), InfluenceLevel::labelKey, locale);
        append(line, influence.getAttitude(), Attitude::labelKey, locale);
        append(line, influence.getCertainty(), Certainty::labelKey, locale);
        String results = influence.getOrganisationalResults();
        if (results != null) {
            line.append(" · ").append(results.length() > RESULTS_SHOWN
                    ? results.substring(0, RESULTS_SHOWN) + "…" : results);
        }
        return line.toString();
    }

    private <T> void append(StringBuilder line, @Nullable T value, Function<T, String> key, Locale locale) {
        if (value != null) {
            line.append(" · ").append(text(key.apply(value), locale));
        }
    }

    private String text(String key, Locale locale) {
        return i18n.getTranslation(key, locale);
    }
}
