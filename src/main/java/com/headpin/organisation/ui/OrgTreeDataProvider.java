package com.headpin.organisation.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.headpin.organisation.OrgTree;
import com.headpin.organisation.OrgUnitSummary;
import com.vaadin.flow.data.provider.hierarchy.AbstractHierarchicalDataProvider;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;
import org.jspecify.annotations.Nullable;

/**
 * The organisation tree as the grid shows it. Rows are identified by unit id, so a reload that only renamed a unit
 * or changed its manager or members redraws just those rows: the grid keeps its rows, expansion and scroll position,
 * and the browser gets the changed rows with the same push instead of fetching the tree again.
 */
final class OrgTreeDataProvider extends AbstractHierarchicalDataProvider<OrgUnitSummary, Void> {

    private OrgTree tree;
    // The order the user sorted the grid by, as the grid last asked for rows (none: the tree's own order).
    private @Nullable Comparator<OrgUnitSummary> sorting;

    OrgTreeDataProvider(OrgTree tree) {
        this.tree = tree;
    }

    OrgTree tree() {
        return tree;
    }

    /** Shows {@code next}: only the changed rows when the rows stay in their places, else everything. */
    void show(OrgTree next) {
        OrgTree previous = tree;
        List<Long> rowsBefore = rowOrder(previous);
        tree = next;
        if (!rowsBefore.equals(rowOrder(next))) {
            refreshAll();
            return;
        }
        Map<Long, OrgUnitSummary> before = previous.all().stream()
                .collect(Collectors.toMap(OrgUnitSummary::id, Function.identity()));
        next.all().stream().filter(unit -> !unit.equals(before.get(unit.id()))).forEach(this::refreshItem);
    }

    @Override
    public Object getId(OrgUnitSummary unit) {
        return unit.id();
    }

    @Override
    public int getChildCount(HierarchicalQuery<OrgUnitSummary, Void> query) {
        return children(query.getParent()).size();
    }

    @Override
    public Stream<OrgUnitSummary> fetchChildren(HierarchicalQuery<OrgUnitSummary, Void> query) {
        sorting = query.getInMemorySorting();
        return sorted(children(query.getParent())).stream().skip(query.getOffset()).limit(query.getLimit());
    }

    @Override
    public boolean hasChildren(OrgUnitSummary unit) {
        return !tree.children(unit.id()).isEmpty();
    }

    @Override
    public @Nullable OrgUnitSummary getParent(OrgUnitSummary unit) {
        return unit.parentId() == null ? null : tree.unit(unit.parentId()).orElse(null);
    }

    @Override
    public boolean isInMemory() {
        return true;
    }

    private List<OrgUnitSummary> children(@Nullable OrgUnitSummary parent) {
        return parent == null ? tree.roots() : tree.children(parent.id());
    }

    private List<OrgUnitSummary> sorted(List<OrgUnitSummary> units) {
        return sorting == null ? units : units.stream().sorted(sorting).toList();
    }

    /**
     * Every unit's id after its parent's, in the order the grid shows them: equal lists mean a change can only have
     * altered what rows say, not which row stands where (a rename that re-sorts a sorted grid moves rows).
     */
    private List<Long> rowOrder(OrgTree of) {
        List<Long> order = new ArrayList<>();
        addRows(of, of.roots(), -1L, order);
        return order;
    }

    private void addRows(OrgTree of, List<OrgUnitSummary> units, long parentId, List<Long> order) {
        for (OrgUnitSummary unit : sorted(units)) {
            order.add(parentId);
            order.add(unit.id());
            addRows(of, of.children(unit.id()), unit.id(), order);
        }
    }
}
