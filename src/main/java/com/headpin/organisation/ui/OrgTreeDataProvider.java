package com.headpin.organisation.ui;

import java.util.List;
import java.util.Map;
import java.util.Objects;
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

    OrgTreeDataProvider(OrgTree tree) {
        this.tree = tree;
    }

    OrgTree tree() {
        return tree;
    }

    /** Shows {@code next}: only the changed rows when the shape of the tree stayed the same, else everything. */
    void show(OrgTree next) {
        OrgTree previous = tree;
        tree = next;
        if (!sameShape(previous, next)) {
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
        return children(query.getParent()).stream().skip(query.getOffset()).limit(query.getLimit());
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

    /** Same units in the same places and order: what changed can only be shown inside existing rows. */
    private static boolean sameShape(OrgTree a, OrgTree b) {
        List<OrgUnitSummary> left = a.all();
        List<OrgUnitSummary> right = b.all();
        if (left.size() != right.size()) {
            return false;
        }
        for (int i = 0; i < left.size(); i++) {
            if (left.get(i).id() != right.get(i).id()
                    || !Objects.equals(left.get(i).parentId(), right.get(i).parentId())) {
                return false;
            }
        }
        return true;
    }
}
