package com.headpin.forecast;

import java.math.BigDecimal;
import java.util.List;

import com.headpin.collaboration.History;
import com.headpin.collaboration.TimelineEntry;
import com.headpin.collaboration.TimelineSource;
import com.headpin.forecast.internal.Quota;
import com.headpin.forecast.internal.QuotaRepository;
import com.headpin.organisation.OrganisationService;
import com.headpin.shared.HeadpinI18NProvider;
import com.headpin.shared.Money;
import com.headpin.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A quota's history: the year's amount, how it is split and each fiscal month, as money in the reader's language.
 * Shown to whoever may read the quota (the rep, the managers above, administrators; a unit's: who sees its numbers).
 */
@Component
class QuotaTimeline implements TimelineSource {

    private final History history;
    private final QuotaRepository quotas;
    private final OrganisationService organisation;
    private final QuotaRights rights;
    private final HeadpinI18NProvider i18n;

    QuotaTimeline(History history, QuotaRepository quotas, OrganisationService organisation, QuotaRights rights,
                  HeadpinI18NProvider i18n) {
        this.i18n = i18n;
        this.history = history;
        this.quotas = quotas;
        this.organisation = organisation;
        this.rights = rights;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TimelineEntry> entries(RecordType recordType, long recordId) {
        if (!ForecastTopics.QUOTA.equals(recordType)) {
            return List.of();
        }
        Quota quota = quotas.findById(recordId).orElse(null);
        if (quota == null || !rights.maySee(organisation.tree(), quota)) {
            return List.of();
        }
        History.Fields fields = History.fields()
                .field("amount", "forecast.quota.yearly", QuotaTimeline::money)
                .field("split", "forecast.quota.split", this::split);
        for (int m = 1; m <= 12; m++) {
            fields.field("month" + (m < 10 ? "0" : "") + m, "forecast.quota.month." + m, QuotaTimeline::money);
        }
        return history.changes(Quota.class, recordId, fields);
    }

    private static String money(@Nullable Object value) {
        return value instanceof BigDecimal amount ? Money.format(amount, LocaleContextHolder.getLocale()) : "";
    }

    private String split(@Nullable Object value) {
        return value instanceof QuotaSplit split
                ? i18n.getTranslation(split.labelKey(), LocaleContextHolder.getLocale()) : "";
    }
}
