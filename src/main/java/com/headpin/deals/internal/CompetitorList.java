package com.headpin.deals.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** The company's list of competitors: deals pick names from it, and a new name is added once. */
@Component
public class CompetitorList {

    private final CompetitorRepository competitors;

    CompetitorList(CompetitorRepository competitors) {
        this.competitors = competitors;
    }

    public List<String> names() {
        return competitors.findAllByOrderByNameAsc().stream().map(Competitor::getName).toList();
    }

    /** The ids of these names (checked names, trimmed), adding the ones not on the list yet; any case matches. */
    public Set<Long> resolve(Collection<String> names) {
        Map<String, Long> known = new HashMap<>();
        Set<String> lower = names.stream().map(CompetitorList::key).collect(Collectors.toSet());
        if (!lower.isEmpty()) {
            competitors.findByLowerCaseNames(lower).forEach(c -> known.put(key(c.getName()), c.requireId()));
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (String name : names) {
            ids.add(known.computeIfAbsent(key(name),
                    k -> competitors.saveAndFlush(new Competitor(name.strip())).requireId()));
        }
        return ids;
    }

    public Map<Long, String> namesOf(Collection<Long> ids) {
        return competitors.findAllById(ids).stream()
                .collect(Collectors.toMap(Competitor::requireId, Competitor::getName));
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
