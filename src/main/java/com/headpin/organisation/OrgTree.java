package com.headpin.organisation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The organisation as an in-memory tree: paths, subtrees and memberships without a query per level. */
public final class OrgTree {

    private final Map<Long, OrgUnitSummary> units = new LinkedHashMap<>();
    private final Map<Long, List<OrgUnitSummary>> children = new LinkedHashMap<>();

    OrgTree(List<OrgUnitSummary> all) {
        all.forEach(unit -> units.put(unit.id(), unit));
        all.forEach(unit -> {
            if (unit.parentId() != null) {
                children.computeIfAbsent(unit.parentId(), id -> new ArrayList<>()).add(unit);
            }
        });
    }

    public List<OrgUnitSummary> roots() {
        return units.values().stream().filter(u -> u.parentId() == null || !units.containsKey(u.parentId())).toList();
    }

    public List<OrgUnitSummary> children(long unitId) {
        return children.getOrDefault(unitId, List.of());
    }

    public Optional<OrgUnitSummary> unit(long unitId) {
        return Optional.ofNullable(units.get(unitId));
    }

    public List<OrgUnitSummary> all() {
        return List.copyOf(units.values());
    }

    /** From the root down to the unit itself. */
    public List<OrgUnitSummary> path(long unitId) {
        List<OrgUnitSummary> path = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (OrgUnitSummary unit = units.get(unitId); unit != null && seen.add(unit.id());
             unit = unit.parentId() == null ? null : units.get(unit.parentId())) {
            path.addFirst(unit);
        }
        return path;
    }

    /** The unit and everything below it. */
    public List<OrgUnitSummary> subtree(long unitId) {
        List<OrgUnitSummary> result = new ArrayList<>();
        Deque<Long> todo = new ArrayDeque<>(List.of(unitId));
        Set<Long> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            long id = todo.pop();
            OrgUnitSummary unit = units.get(id);
            if (unit != null && seen.add(id)) {
                result.add(unit);
                children(id).forEach(child -> todo.push(child.id()));
            }
        }
        return result;
    }

    public List<OrgUnitSummary> teamsOf(long userId) {
        return units.values().stream()
                .filter(u -> u.type() == UnitType.TEAM && u.memberIds().contains(userId))
                .toList();
    }

    public List<OrgUnitSummary> managedBy(long userId) {
        return units.values().stream().filter(u -> Long.valueOf(userId).equals(u.managerId())).toList();
    }
}
