package com.headpin.security;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.headpin.collaboration.History;
import com.headpin.collaboration.TimelineEntry;
import com.headpin.collaboration.TimelineSource;
import com.headpin.shared.HeadpinI18NProvider;
import com.headpin.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/** A user's field history on their activity timeline; only administrators see it, as they manage users. */
@Component
class UserTimeline implements TimelineSource {

    private final History history;
    private final HeadpinI18NProvider i18n;

    UserTimeline(History history, HeadpinI18NProvider i18n) {
        this.history = history;
        this.i18n = i18n;
    }

    @Override
    @PreAuthorize("#recordType != T(com.headpin.security.UserTopics).USER or hasRole('ADMIN')")
    public List<TimelineEntry> entries(RecordType recordType, long recordId) {
        if (!UserTopics.USER.equals(recordType)) {
            return List.of();
        }
        Locale locale = LocaleContextHolder.getLocale();
        // The password hash is not audited at all; the theme is audited but is nobody else's business.
        return history.changes(AppUser.class, recordId, History.fields()
                .field("fullName", "user.full-name")
                .field("email", "user.email")
                .field("roles", "user.roles", roles -> roles(roles, locale))
                .field("enabled", "user.status", enabled -> i18n.getTranslation(
                        Boolean.TRUE.equals(enabled) ? "user.enabled" : "user.disabled", locale))
                .field("preferredLanguage", "user.language", language -> i18n.getTranslation(
                        language == null ? "language.browser" : "language." + language, locale)));
    }

    private String roles(@Nullable Object roles, Locale locale) {
        if (!(roles instanceof Collection<?> chosen)) {
            return "";
        }
        return chosen.stream().map(Role.class::cast).sorted()
                .map(role -> i18n.getTranslation(role.labelKey(), locale))
                .collect(Collectors.joining(", "));
    }
}
