package com.headpin.collaboration;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.headpin.shared.BusinessCalendar;
import com.headpin.shared.RecordType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A record's activity timeline: the entries of every {@link TimelineSource} (field history, comments) merged by
 * time. Each source decides who may see its entries for a record and refuses the rest.
 */
@Service
public class Timeline {

    private final ObjectProvider<TimelineSource> sources;
    private final BusinessCalendar calendar;

    Timeline(ObjectProvider<TimelineSource> sources, BusinessCalendar calendar) {
        this.sources = sources;
        this.calendar = calendar;
    }

    /** The zone entries' times are shown in: the company's, the same for every user. */
    @PreAuthorize("isAuthenticated()")
    public ZoneId zone() {
        return calendar.zone();
    }

    /**
     * Newest first. Sources format values (translated roles, user names) in {@code locale}, which they read from
     * Spring's {@link LocaleContextHolder} while this call runs.
     */
    @PreAuthorize("isAuthenticated()")
    public List<TimelineEntry> entries(RecordType recordType, long recordId, Locale locale) {
        LocaleContext previous = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(locale);
        try {
            List<TimelineEntry> entries = new ArrayList<>();
            sources.orderedStream().forEach(source -> entries.addAll(source.entries(recordType, recordId)));
            // Stable sort oldest first, then reversed: entries of one moment keep their sources' order, reversed.
            entries.sort(Comparator.comparing(TimelineEntry::at));
            Collections.reverse(entries);
            return entries;
        } finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
    }
}
