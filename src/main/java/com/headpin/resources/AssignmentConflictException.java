package com.headpin.resources;

import java.util.List;
import java.util.Map;

import com.headpin.shared.InvalidInputException;

/**
 * An assignment refused because of conflicts and no reason to override them, with the conflicts as checked in the
 * saving transaction (they may be new: another director's assignment just before).
 */
public class AssignmentConflictException extends InvalidInputException {

    private final transient List<Conflict> conflicts;

    public AssignmentConflictException(List<Conflict> conflicts) {
        super(Map.of("overrideReason", "resource.conflict.reason-needed"));
        this.conflicts = List.copyOf(conflicts);
    }

    public List<Conflict> conflicts() {
        return conflicts;
    }
}
