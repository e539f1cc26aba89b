package com.headpin.stakeholders.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.headpin.collaboration.History;
import com.headpin.collaboration.TimelineEntry;
import com.headpin.collaboration.TimelineSource;
import com.headpin.deals.DealService;
import com.headpin.deals.DealTopics;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import com.headpin.shared.HeadpinI18NProvider;
import com.headpin.shared.RecordType;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A deal's manual red flags and strengths in its activity: each raised, changed, cleared or deleted one shown whole
 * before and after. For whoever may see the deal.
 */
@Component
class RedFlagTimeline implements TimelineSource {

    private final History history;
    private final DealService deals;
    private final UserAccountService users;
    private final HeadpinI18NProvider i18n;

    RedFlagTimeline(History history, DealService deals, UserAccountService users, HeadpinI18NProvider i18n) {
        this.history = history;
        this.deals = deals;
        this.users = users;
        this.i18n = i18n;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TimelineEntry> entries(RecordType recordType, long recordId) {
        if (!DealTopics.DEAL.equals(recordType) || deals.find(recordId).isEmpty()) {
            return List.of();
        }
        Locale locale = LocaleContextHolder.getLocale();
        Map<Long, String> people = users.activeUsers().stream()
                .collect(Collectors.toMap(UserSummary::id, UserSummary::fullName, (a, b) -> a));
        return history.itemChanges(RedFlag.class, "dealId", recordId, "redflag.history",
                flag -> text(flag, people, locale));
    }

    /** A flag in one line: kind and category, text, owner, and how it was cleared. */
    private String text(RedFlag flag, Map<Long, String> people, Locale locale) {
        String line = i18n.getTranslation(flag.getKind().labelKey(), locale) + " · "
                + i18n.getTranslation(flag.getCategory().labelKey(), locale) + " · " + flag.getText() + " · "
                + people.getOrDefault(flag.getOwnerId(), "#" + flag.getOwnerId());
        if (flag.getClearedBy() != null) {
            line += " · " + i18n.getTranslation("redflag.cleared-by", locale,
                    people.getOrDefault(flag.getClearedBy(), "#" + flag.getClearedBy()))
                    + (flag.getClearingNote() == null ? "" : ": " + flag.getClearingNote());
        }
        return line;
    }
}
