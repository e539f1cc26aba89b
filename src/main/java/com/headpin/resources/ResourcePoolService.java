package com.headpin.resources;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.headpin.organisation.OrganisationService;
import com.headpin.organisation.UnitType;
import com.headpin.resources.internal.AbsenceRepository;
import com.headpin.resources.internal.PoolReader;
import com.headpin.resources.internal.Resource;
import com.headpin.resources.internal.ResourceAbsence;
import com.headpin.resources.internal.RequestRules;
import com.headpin.resources.internal.ResourceRepository;
import com.headpin.security.CurrentUser;
import com.headpin.security.Role;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import com.headpin.shared.InputRules;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.RecordChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The company-wide pool of people who can be assigned to deals. Everyone logged in reads it (a rep may ask for a
 * named person); directors and administrators make people assignable and set type, region and capacity; a resource
 * and the directors record absences.
 */
@Service
@Transactional
public class ResourcePoolService {

    private final ResourceRepository resources;
    private final AbsenceRepository absences;
    private final PoolReader reader;
    private final UserAccountService users;
    private final OrganisationService organisation;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    ResourcePoolService(ResourceRepository resources, AbsenceRepository absences, PoolReader reader,
                        UserAccountService users, OrganisationService organisation, CurrentUser currentUser,
                        ApplicationEventPublisher events) {
        this.resources = resources;
        this.absences = absences;
        this.reader = reader;
        this.users = users;
        this.organisation = organisation;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** Everyone in the pool, active or not, by type. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ResourceSummary> pool() {
        return reader.all();
    }

    /** The caller's own pool record, if they are in the pool. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<ResourceSummary> mine() {
        return resources.findByUserId(currentUser.requireId()).map(reader::summary);
    }

    /** Whether the caller changes the pool (directors and administrators). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean mayManage() {
        return currentUser.hasAny(Role.DIRECTOR, Role.ADMIN);
    }

    /** Active users not in the pool yet, RESOURCE users first: whom a director may make assignable. */
    @PreAuthorize("hasAnyRole('DIRECTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<UserSummary> candidates() {
        Set<Long> inPool = resources.findAll().stream().map(Resource::getUserId).collect(Collectors.toSet());
        return users.activeUsers().stream().filter(u -> !inPool.contains(u.id()))
                .sorted(java.util.Comparator.comparing((UserSummary u) -> !u.has(Role.RESOURCE))
                        .thenComparing(UserSummary::fullName)).toList();
    }

    /** Adds a person to the pool ({@code version} 0) or changes one; a stale version is refused. */
    @PreAuthorize("hasAnyRole('DIRECTOR', 'ADMIN')")
    public ResourceSummary save(ResourceInput input) {
        Optional<Resource> existing = resources.findByUserId(input.userId());
        check(input, existing.isEmpty());
        Resource resource = existing.orElseGet(() -> new Resource(input.userId()));
        if (existing.isPresent()) {
            resource.checkVersion(input.version());
        }
        resource.apply(java.util.Objects.requireNonNull(input.type()),
                input.skills().stream().map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet()),
                input.homeRegionId(), input.regionOnly() && input.homeRegionId() != null,
                java.util.Objects.requireNonNull(input.daysPerWeek()), input.active());
        resources.saveAndFlush(resource);
        announce(resource.requireId());
        return reader.summary(resource);
    }

    private void check(ResourceInput input, boolean isNew) {
        InputRules rules = new InputRules();
        if (isNew && users.find(input.userId()).filter(UserSummary::enabled).isEmpty()) {
            rules.reject("user", "resource.user.unknown");
        }
        if (input.type() == null) {
            rules.reject("type", "validation.required");
        }
        String skills = String.join(",", input.skills());
        rules.maxLength("skills", skills, Resource.SKILLS_MAX_LENGTH);
        if (skills.contains("<") || skills.contains(">")) {
            rules.reject("skills", "validation.no-markup");
        }
        if (input.homeRegionId() != null && organisation.tree().unit(input.homeRegionId())
                .filter(u -> u.type() == UnitType.REGION).isEmpty()) {
            rules.reject("homeRegion", "validation.invalid-choice");
        }
        BigDecimal days = input.daysPerWeek();
        if (days == null) {
            rules.reject("daysPerWeek", "validation.required");
        } else if (days.scale() > 1 || days.compareTo(Resource.MIN_DAYS_PER_WEEK) < 0
                || days.compareTo(Resource.MAX_DAYS_PER_WEEK) > 0) {
            rules.reject("daysPerWeek", "resource.days-per-week.range");
        }
        rules.check();
    }

    /** Records days away of a resource: the resource themself, or a director or administrator. */
    @PreAuthorize("isAuthenticated()")
    public Absence addAbsence(long resourceId, AbsenceInput input) {
        Resource resource = mayChangeAbsences(resourceId);
        InputRules rules = new InputRules().maxLength("note", input.note(), ResourceAbsence.NOTE_MAX_LENGTH);
        RequestRules.span(rules, input.startsOn(), input.endsOn());
        rules.check();
        ResourceAbsence absence = absences.saveAndFlush(new ResourceAbsence(resource.requireId(),
                java.util.Objects.requireNonNull(input.startsOn()), java.util.Objects.requireNonNull(input.endsOn()),
                InputRules.trimToNull(input.note())));
        announce(resourceId);
        return absence.toAbsence();
    }

    @PreAuthorize("isAuthenticated()")
    public void removeAbsence(long absenceId) {
        ResourceAbsence absence = absences.findById(absenceId)
                .orElseThrow(() -> InvalidInputException.of("absence", "resource.absence.not-found"));
        mayChangeAbsences(absence.getResourceId());
        absences.delete(absence);
        announce(absence.getResourceId());
    }

    private Resource mayChangeAbsences(long resourceId) {
        Resource resource = resources.findById(resourceId)
                .orElseThrow(() -> InvalidInputException.of("resource", "resource.not-found"));
        if (!mayManage() && resource.getUserId() != currentUser.requireId()) {
            throw new AccessDeniedException("Absences are recorded by the person or a director");
        }
        return resource;
    }

    private void announce(long resourceId) {
        events.publishEvent(RecordChanged.of(ResourceTopics.RESOURCE, resourceId, Set.of(), ResourceTopics.POOL,
                ResourceTopics.BOARD));
    }
}
