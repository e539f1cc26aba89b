package com.headpin.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.headpin.deals.DealFilter;
import com.headpin.deals.DealService;
import com.headpin.deals.DealSummary;
import com.headpin.stakeholders.InfluenceLineInput;
import com.headpin.stakeholders.MapEdge;
import com.headpin.stakeholders.MapPerson;
import com.headpin.stakeholders.RelationshipMap;
import com.headpin.stakeholders.RelationshipMapService;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * "Listens to" lines on the relationship maps of the demo accounts that have deals: the person at the top listens to
 * a trusted expert further down, a manager to a colleague of another department, a new hire to the old hand. Works
 * with whatever contacts exist (accounts seed some, the buying-influence demo more); an account with fewer than three
 * contacts gets none.
 */
@Component
class RelationshipDemoData implements DemoData {

    private static final String[] NOTES = {"技术选型听他的 Relies on them for technology choices",
            "老同事，私交很好 Old colleagues, close friends", "预算问题先问她 Asks them first about budgets",
            null};

    private final DealService deals;
    private final RelationshipMapService maps;

    RelationshipDemoData(DealService deals, RelationshipMapService maps) {
        this.deals = deals;
        this.maps = maps;
    }

    @Override
    public int order() {
        return 320;
    }

    @Override
    public String name() {
        return "relationship map";
    }

    @Override
    public boolean present() {
        return maps.lineCount() > 0;
    }

    @Override
    public void seed() {
        Map<Long, Long> dealOfAccount = new LinkedHashMap<>();
        for (DealSummary deal : deals.page(DealFilter.ALL, Pageable.unpaged()).getContent()) {
            dealOfAccount.putIfAbsent(deal.accountId(), deal.id());
        }
        int n = 0;
        for (long dealId : dealOfAccount.values()) {
            RelationshipMap map = maps.map(dealId);
            List<MapPerson> people = map.people();
            if (people.size() < 3) {
                continue;
            }
            List<long[]> pairs = new ArrayList<>();
            MapPerson top = people.stream().filter(p -> p.reportsToId() == null).findFirst().orElse(people.get(0));
            MapPerson far = people.stream().filter(p -> p.reportsToId() != null
                    && p.reportsToId() != top.contactId()).findFirst().orElse(people.get(people.size() - 1));
            pairs.add(new long[] {top.contactId(), far.contactId()});
            pairs.add(new long[] {people.get(1).contactId(), people.get(2).contactId()});
            pairs.add(new long[] {people.get(people.size() - 1).contactId(), people.get(0).contactId()});
            for (long[] pair : pairs) {
                if (pair[0] != pair[1] && !exists(map, pair[0], pair[1])) {
                    maps.addLine(dealId, new InfluenceLineInput(pair[0], pair[1], NOTES[n++ % NOTES.length]));
                    map = maps.map(dealId);
                }
            }
        }
    }

    private static boolean exists(RelationshipMap map, long from, long to) {
        return map.edges().stream().anyMatch(e -> e.kind() == MapEdge.Kind.LISTENS_TO && e.fromContactId() == from
                && e.toContactId() == to);
    }
}
