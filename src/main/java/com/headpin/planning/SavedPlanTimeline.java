package com.headpin.planning;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import com.headpin.collaboration.History;
import com.headpin.collaboration.TimelineEntry;
import com.headpin.collaboration.TimelineSource;
import com.headpin.planning.internal.SavedSalesPlan;
import com.headpin.shared.HeadpinI18NProvider;
import com.headpin.shared.Money;
import com.headpin.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Field history of saved plans on the planner's activity, for whoever may see the plan. */
@Component
class SavedPlanTimeline implements TimelineSource {

    private final History history;
    private final SavedPlanRecordAccess access;
    private final HeadpinI18NProvider i18n;

    SavedPlanTimeline(History history, SavedPlanRecordAccess access, HeadpinI18NProvider i18n) {
        this.history = history;
        this.access = access;
        this.i18n = i18n;
    }

    @Override
    public List<TimelineEntry> entries(RecordType recordType, long recordId) {
        if (!PlanningTopics.SALES_PLAN.equals(recordType) || !access.canSee(recordId)) {
            return List.of();
        }
        Locale locale = LocaleContextHolder.getLocale();
        return history.changes(SavedSalesPlan.class, recordId, History.fields()
                .field("status", "planning.saved.status",
                        v -> v == null ? "" : i18n.getTranslation(((SalesPlanStatus) v).labelKey(), locale))
                .field("quota", "planning.quota", v -> v == null ? "" : Money.format((java.math.BigDecimal) v, locale))
                .field("averageDeal", "planning.average-deal",
                        v -> v == null ? "" : Money.format((java.math.BigDecimal) v, locale))
                .field("closeFromMonth", "planning.close-from", v -> month(v, locale))
                .field("closeToMonth", "planning.close-to", v -> month(v, locale))
                .field("bufferMonth", "planning.buffer", v -> month(v, locale))
                .field("seminarsPerWeek", "planning.seminars-per-week")
                .field("travelDaysPerTrip", "planning.travel-days-per-trip")
                .field("returnReason", "planning.saved.reason"));
    }

    private static String month(@Nullable Object value, Locale locale) {
        return value instanceof Integer m ? Month.of(m).getDisplayName(TextStyle.FULL, locale) : "";
    }
}
