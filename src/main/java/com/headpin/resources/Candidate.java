package com.headpin.resources;

import java.util.List;

/** A person who could take a request, with what stands against it (nothing: assign without a reason). */
public record Candidate(ResourceSummary person, List<Conflict> conflicts) {

    public Candidate {
        conflicts = List.copyOf(conflicts);
    }
}
