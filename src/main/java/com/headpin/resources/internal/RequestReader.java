package com.headpin.resources.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.headpin.deals.DealService;
import com.headpin.deals.DealSummary;
import com.headpin.resources.RequestRow;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Requests as lists show them: deal, requester and people named, one read each for the whole list. */
@Component
public class RequestReader {

    private final ResourceRepository resources;
    private final UserAccountService users;
    private final DealService deals;

    RequestReader(ResourceRepository resources, UserAccountService users, DealService deals) {
        this.resources = resources;
        this.users = users;
        this.deals = deals;
    }

    public RequestRow row(ResourceRequest request) {
        return rows(List.of(request)).getFirst();
    }

    /** The rows; a deal the caller may not see is named by nothing (""), like a missing one. */
    public List<RequestRow> rows(Collection<ResourceRequest> requests) {
        if (requests.isEmpty()) {
            return List.of();
        }
        Map<Long, String> dealNames = deals.summaries(requests.stream().map(ResourceRequest::getDealId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(DealSummary::id, DealSummary::name));
        Set<Long> resourceIds = new HashSet<>();
        requests.forEach(r -> {
            if (r.getResourceId() != null) {
                resourceIds.add(r.getResourceId());
            }
            if (r.getWantedResourceId() != null) {
                resourceIds.add(r.getWantedResourceId());
            }
        });
        Map<Long, Long> userOfResource = resources.findAllById(resourceIds).stream()
                .collect(Collectors.toMap(Resource::requireId, Resource::getUserId));
        Set<Long> userIds = new HashSet<>(userOfResource.values());
        requests.forEach(r -> userIds.add(r.getRequestedBy()));
        Map<Long, String> names = users.findAll(userIds).stream()
                .collect(Collectors.toMap(UserSummary::id, UserSummary::fullName));
        return requests.stream().map(r -> new RequestRow(r.requireId(), r.getVersion(), r.getDealId(),
                dealNames.getOrDefault(r.getDealId(), ""), r.getRequestedBy(),
                names.getOrDefault(r.getRequestedBy(), ""), r.getType(), r.getWantedResourceId(),
                name(r.getWantedResourceId(), userOfResource, names), r.getActivity(), r.getStartsOn(),
                r.getEndsOn(), r.getEffortDays(), r.getJustification(), r.getStatus(), r.getResourceId(),
                name(r.getResourceId(), userOfResource, names), r.getOverrideReason(), r.getDeclineReason(),
                r.getRequestedAt(), r.getAssignedAt())).toList();
    }

    private static @Nullable String name(@Nullable Long resourceId, Map<Long, Long> userOfResource, Map<Long, String> names) {
        if (resourceId == null || !userOfResource.containsKey(resourceId)) {
            return null;
        }
        return names.get(userOfResource.get(resourceId));
    }
}
