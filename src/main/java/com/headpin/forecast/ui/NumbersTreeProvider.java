package com.headpin.forecast.ui;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.headpin.forecast.ForecastLine;
import com.vaadin.flow.data.provider.hierarchy.AbstractHierarchicalDataProvider;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;
import org.jspecify.annotations.Nullable;

/**
 * The forecast table's lines as the tree grid shows them, identified by their keys: when only numbers change (a deal
 * moved, a call or adjustment saved) just those lines are redrawn and the grid keeps its expansion and scroll.
 */
final class NumbersTreeProvider extends AbstractHierarchicalDataProvider<ForecastLine, Void> {

    private List<ForecastLine> lines = List.of();
    private Map<String, ForecastLine> byKey = Map.of();

    /** Shows {@code next}: only the changed lines when the same lines stand in the same places, else everything. */
    void show(List<ForecastLine> next) {
        List<ForecastLine> previous = lines;
        lines = List.copyOf(next);
        byKey = lines.stream().collect(Collectors.toMap(ForecastLine::key, Function.identity(), (a, b) -> a));
        if (!keys(previous).equals(keys(lines))) {
            refreshAll();
            return;
        }
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).equals(previous.get(i))) {
                refreshItem(lines.get(i));
            }
        }
    }

    List<ForecastLine> lines() {
        return lines;
    }

    @Override
    public Object getId(ForecastLine line) {
        return line.key();
    }

    @Override
    public int getChildCount(HierarchicalQuery<ForecastLine, Void> query) {
        return (int) children(query.getParent()).count();
    }

    @Override
    public Stream<ForecastLine> fetchChildren(HierarchicalQuery<ForecastLine, Void> query) {
        return children(query.getParent()).skip(query.getOffset()).limit(query.getLimit());
    }

    @Override
    public boolean hasChildren(ForecastLine line) {
        return lines.stream().anyMatch(child -> line.key().equals(child.parentKey()));
    }

    @Override
    public @Nullable ForecastLine getParent(ForecastLine line) {
        return line.parentKey() == null ? null : byKey.get(line.parentKey());
    }

    @Override
    public boolean isInMemory() {
        return true;
    }

    private Stream<ForecastLine> children(@Nullable ForecastLine parent) {
        String parentKey = parent == null ? null : parent.key();
        return lines.stream().filter(line -> Objects.equals(line.parentKey(), parentKey));
    }

    private static List<String> keys(List<ForecastLine> of) {
        return of.stream().map(ForecastLine::key).toList();
    }
}
