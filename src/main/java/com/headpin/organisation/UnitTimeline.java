package com.headpin.organisation;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.headpin.collaboration.History;
import com.headpin.collaboration.TimelineEntry;
import com.headpin.collaboration.TimelineSource;
import com.headpin.security.UserAccountService;
import com.headpin.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * A unit's field history on its activity timeline: renames, manager and members by name. Administrators only, as
 * they edit the organisation.
 */
@Component
class UnitTimeline implements TimelineSource {

    private final History history;
    private final UserAccountService users;

    UnitTimeline(History history, UserAccountService users) {
        this.history = history;
        this.users = users;
    }

    @Override
    @PreAuthorize("#recordType != T(com.headpin.organisation.OrganisationTopics).UNIT or hasRole('ADMIN')")
    public List<TimelineEntry> entries(RecordType recordType, long recordId) {
        if (!OrganisationTopics.UNIT.equals(recordType)) {
            return List.of();
        }
        Names names = new Names();
        return history.changes(OrgUnit.class, recordId, History.fields()
                .field("name", "org.name")
                .field("managerId", "org.manager", names::of)
                .field("memberIds", "org.members", names::of));
    }

    /** User ids shown as names; looked up once per timeline, disabled users included. */
    private final class Names {

        private final Map<Long, String> known = new HashMap<>();

        String of(@Nullable Object ids) {
            Collection<?> all = ids == null ? Set.of() : ids instanceof Collection<?> many ? many : Set.of(ids);
            Set<Long> missing = all.stream().map(Long.class::cast).filter(id -> !known.containsKey(id))
                    .collect(Collectors.toSet());
            if (!missing.isEmpty()) {
                users.findAll(missing).forEach(user -> known.put(user.id(), user.fullName()));
                missing.forEach(id -> known.putIfAbsent(id, "#" + id));
            }
            return all.stream().map(id -> known.get((Long) id)).sorted().collect(Collectors.joining(", "));
        }
    }
}
