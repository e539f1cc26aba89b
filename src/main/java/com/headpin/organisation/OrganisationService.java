package com.headpin.organisation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import com.headpin.shared.InputRules;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.RecordChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and edits the organisation tree: company → regions → teams. Editing needs ADMIN. */
@Service
@Transactional
public class OrganisationService {


    private final OrgUnitRepository units;
    private final UserAccountService users;
    private final ApplicationEventPublisher events;

    OrganisationService(OrgUnitRepository units, UserAccountService users, ApplicationEventPublisher events) {
        this.units = units;
        this.users = users;
        this.events = events;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public OrgTree tree() {
        return new OrgTree(units.findAllWithMembers().stream().map(OrgUnit::toSummary).toList());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Placement placementOf(long userId) {
        OrgTree tree = tree();
        List<OrgUnitSummary> overseen = tree.managedBy(userId).stream()
                .flatMap(unit -> tree.subtree(unit.id()).stream())
                .filter(unit -> unit.type() == UnitType.TEAM)
                .distinct()
                .sorted(java.util.Comparator.comparingLong(OrgUnitSummary::id))
                .toList();
        return new Placement(
                tree.teamsOf(userId).stream().map(team -> tree.path(team.id())).toList(),
                tree.managedBy(userId).stream().map(unit -> tree.path(unit.id())).toList(),
                overseen);
    }

    /** Adds a company (only one, at the root), a region (under the company) or a team (under a region or the company). */
    @PreAuthorize("hasRole('ADMIN')")
    public OrgUnitSummary create(@Nullable Long parentId, UnitType type, @Nullable String name) {
        InputRules rules = new InputRules().name("name", name, OrgUnit.NAME_MAX_LENGTH);
        OrgUnit parent = parentId == null ? null : units.findById(parentId).orElse(null);
        switch (type) {
            case COMPANY -> {
                if (parentId != null || units.existsByType(UnitType.COMPANY)) {
                    rules.reject("parent", "org.company.single");
                }
            }
            case REGION -> {
                if (parent == null || parent.getType() != UnitType.COMPANY) {
                    rules.reject("parent", "org.region.parent");
                }
            }
            case TEAM -> {
                if (parent == null || parent.getType() == UnitType.TEAM) {
                    rules.reject("parent", "org.team.parent");
                }
            }
        }
        rules.check();
        OrgUnitSummary created = units.saveAndFlush(new OrgUnit(name.strip(), type, parentId)).toSummary();
        events.publishEvent(RecordChanged.of(OrganisationTopics.UNIT, created.id(), Set.of(),
                OrganisationTopics.ORGANISATION));
        return created;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public OrgUnitSummary update(UnitChanges changes) {
        OrgUnit unit = units.findById(changes.id())
                .orElseThrow(() -> InvalidInputException.of("unit", "org.not-found"));
        unit.checkVersion(changes.version());
        InputRules rules = new InputRules().name("name", changes.name(), OrgUnit.NAME_MAX_LENGTH);
        Set<Long> referenced = new HashSet<>(changes.memberIds());
        if (changes.managerId() != null) {
            referenced.add(changes.managerId());
        }
        Set<Long> known = new HashSet<>();
        users.findAll(referenced).stream().filter(UserSummary::enabled).forEach(u -> known.add(u.id()));
        if (changes.managerId() != null && !known.contains(changes.managerId())) {
            rules.reject("manager", "org.user.unknown");
        }
        if (!known.containsAll(changes.memberIds())) {
            rules.reject("members", "org.user.unknown");
        }
        if (unit.getType() != UnitType.TEAM && !changes.memberIds().isEmpty()) {
            rules.reject("members", "org.members.teams-only");
        }
        rules.check();
        OrgUnitSummary before = unit.toSummary();
        unit.setName(changes.name().strip());
        unit.setManagerId(changes.managerId());
        unit.setMemberIds(changes.memberIds());
        OrgUnitSummary after = units.saveAndFlush(unit).toSummary();
        Set<String> fields = new HashSet<>();
        if (!before.name().equals(after.name())) {
            fields.add("name");
        }
        if (!java.util.Objects.equals(before.managerId(), after.managerId())) {
            fields.add("manager");
        }
        if (!before.memberIds().equals(after.memberIds())) {
            fields.add("members");
        }
        events.publishEvent(RecordChanged.of(OrganisationTopics.UNIT, after.id(), fields,
                OrganisationTopics.ORGANISATION));
        return after;
    }

    /** Removes a unit without sub-units, as the caller loaded it ({@code version}); its memberships go with it. */
    @PreAuthorize("hasRole('ADMIN')")
    public void delete(long unitId, long version) {
        OrgUnit unit = units.findById(unitId).orElseThrow(() -> InvalidInputException.of("unit", "org.not-found"));
        unit.checkVersion(version);
        if (units.existsByParentId(unitId)) {
            throw InvalidInputException.of("unit", "org.delete.has-children");
        }
        units.delete(unit);
        events.publishEvent(RecordChanged.of(OrganisationTopics.UNIT, unitId, Set.of(),
                OrganisationTopics.ORGANISATION));
    }
}
