package com.headpin.resources.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.headpin.organisation.OrgTree;
import com.headpin.organisation.OrgUnitSummary;
import com.headpin.organisation.OrganisationService;
import com.headpin.resources.Absence;
import com.headpin.resources.ResourceSummary;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import org.springframework.stereotype.Component;

/** Pool records as views show them: names and regions resolved, absences attached, in one read each. */
@Component
public class PoolReader {

    private final ResourceRepository resources;
    private final AbsenceRepository absences;
    private final UserAccountService users;
    private final OrganisationService organisation;

    PoolReader(ResourceRepository resources, AbsenceRepository absences, UserAccountService users,
               OrganisationService organisation) {
        this.resources = resources;
        this.absences = absences;
        this.users = users;
        this.organisation = organisation;
    }

    public List<ResourceSummary> all() {
        return summaries(resources.findAllByOrderByTypeAscIdAsc());
    }

    public List<ResourceSummary> active() {
        return summaries(resources.findByActiveTrueOrderByTypeAscIdAsc());
    }

    public ResourceSummary summary(Resource resource) {
        return summaries(List.of(resource)).getFirst();
    }

    public List<ResourceSummary> summaries(Collection<Resource> pool) {
        if (pool.isEmpty()) {
            return List.of();
        }
        List<Long> ids = pool.stream().map(Resource::requireId).toList();
        Map<Long, List<Absence>> away = absences.findByResourceIdInOrderByStartsOnAsc(ids).stream()
                .collect(Collectors.groupingBy(ResourceAbsence::getResourceId,
                        Collectors.mapping(ResourceAbsence::toAbsence, Collectors.toList())));
        Map<Long, String> names = users.findAll(pool.stream().map(Resource::getUserId).toList()).stream()
                .collect(Collectors.toMap(UserSummary::id, UserSummary::fullName));
        OrgTree tree = organisation.tree();
        Map<Long, String> regions = tree.all().stream()
                .collect(Collectors.toMap(OrgUnitSummary::id, OrgUnitSummary::name));
        return pool.stream().map(r -> new ResourceSummary(r.requireId(), r.getVersion(), r.getUserId(),
                names.getOrDefault(r.getUserId(), "?"), r.getType(), r.getSkills(), r.getHomeRegionId(),
                r.getHomeRegionId() == null ? null : regions.get(r.getHomeRegionId()), r.isRegionOnly(),
                r.getDaysPerWeek(), r.isActive(), away.getOrDefault(r.requireId(), List.of()))).toList();
    }

    public static Map<Long, ResourceSummary> byId(List<ResourceSummary> pool) {
        return pool.stream().collect(Collectors.toMap(ResourceSummary::id, Function.identity()));
    }
}
