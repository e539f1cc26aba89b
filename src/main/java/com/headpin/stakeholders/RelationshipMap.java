package com.headpin.stakeholders;

import java.util.List;
import java.util.Optional;

/**
 * The people of a deal's account and the lines between them (reports-to and listens-to), as the relationship map
 * shows them; {@code mayEdit}: the caller may add and remove influence lines; {@code gapDays}: after how many days
 * without contact a person is marked (the sales process's setting).
 */
public record RelationshipMap(long dealId, long accountId, boolean mayEdit, List<MapPerson> people,
                              List<MapEdge> edges, int gapDays) {

    public RelationshipMap {
        people = List.copyOf(people);
        edges = List.copyOf(edges);
    }

    public Optional<MapPerson> person(long contactId) {
        return people.stream().filter(p -> p.contactId() == contactId).findFirst();
    }

    /** The person's influence lines, both directions. */
    public List<MapEdge> linesOf(long contactId) {
        return edges.stream().filter(e -> e.kind() == MapEdge.Kind.LISTENS_TO && e.touches(contactId)).toList();
    }
}
