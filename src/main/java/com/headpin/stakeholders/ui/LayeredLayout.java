package com.headpin.stakeholders.ui;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A fixed top-down layout of a reports-to forest: the people nobody above them (or whose manager is not shown) in the
 * top layer, everyone else one layer below their manager. Within a layer, colleagues with the same manager sit side by
 * side, in the order given, under their managers' order. A layer wider than {@link #perRow} wraps onto further rows,
 * so a big department stays readable instead of getting very wide. Positions are pixels: the chart draws them 1:1, so
 * nodes {@link #columnGap} apart never overlap. Pure: the same input always gives the same picture.
 */
final class LayeredLayout {

    /** One person: their id and their manager's id (null at the top). */
    record Node(long id, @Nullable Long parentId) {
    }

    record Point(double x, double y) {
    }

    /** Where each person goes, their layer (0 at the top) and the size of the picture. */
    record Result(Map<Long, Point> points, Map<Long, Integer> layers, double width, double height) {
    }

    private final int perRow;
    private final double columnGap;
    private final double rowGap;
    private final double layerGap;

    LayeredLayout(int perRow, double columnGap, double rowGap, double layerGap) {
        this.perRow = perRow;
        this.columnGap = columnGap;
        this.rowGap = rowGap;
        this.layerGap = layerGap;
    }

    Result layout(List<Node> nodes) {
        Map<Long, List<Long>> children = new LinkedHashMap<>();
        Set<Long> ids = new HashSet<>();
        nodes.forEach(node -> ids.add(node.id()));
        List<Long> roots = new ArrayList<>();
        for (Node node : nodes) {
            children.putIfAbsent(node.id(), new ArrayList<>());
            if (node.parentId() == null || !ids.contains(node.parentId()) || node.parentId() == node.id()) {
                roots.add(node.id());
            }
        }
        for (Node node : nodes) {
            if (!roots.contains(node.id())) {
                children.computeIfAbsent(node.parentId(), id -> new ArrayList<>()).add(node.id());
            }
        }
        List<List<Long>> layers = new ArrayList<>();
        Map<Long, Integer> layerOf = new LinkedHashMap<>();
        place(roots, children, layers, layerOf);
        // A cycle (never saved by accounts, but the layout must not lose anyone): its people start a tree of their own.
        for (Node node : nodes) {
            if (!layerOf.containsKey(node.id())) {
                place(List.of(node.id()), children, layers, layerOf);
            }
        }
        return positions(layers, layerOf);
    }

    /** Breadth first, so each layer lists colleagues together, in their managers' order. */
    private static void place(List<Long> roots, Map<Long, List<Long>> children, List<List<Long>> layers,
                              Map<Long, Integer> layerOf) {
        Deque<Long> queue = new ArrayDeque<>();
        for (Long root : roots) {
            if (layerOf.putIfAbsent(root, 0) == null) {
                layer(layers, 0).add(root);
                queue.add(root);
            }
        }
        while (!queue.isEmpty()) {
            long id = queue.poll();
            int below = layerOf.get(id) + 1;
            for (Long child : children.getOrDefault(id, List.of())) {
                if (layerOf.putIfAbsent(child, below) == null) {
                    layer(layers, below).add(child);
                    queue.add(child);
                }
            }
        }
    }

    private static List<Long> layer(List<List<Long>> layers, int index) {
        while (layers.size() <= index) {
            layers.add(new ArrayList<>());
        }
        return layers.get(index);
    }

    /**
     * Rows of at most {@code perRow}, centred on x = 0; layers one after another downwards. A wrapped layer fills
     * column by column, so the people of one manager stand in a band of neighbouring columns below them instead of
     * being spread across the rows; its rows shift by half a column in turn, so a line down to a lower row passes
     * between the people above.
     */
    private Result positions(List<List<Long>> layers, Map<Long, Integer> layerOf) {
        Map<Long, Point> points = new LinkedHashMap<>();
        double y = 0;
        double left = 0;
        double right = 0;
        for (int l = 0; l < layers.size(); l++) {
            List<Long> layer = layers.get(l);
            if (l > 0) {
                y += layerGap;
            }
            int rows = (layer.size() + perRow - 1) / perRow;
            int columns = rows == 0 ? 0 : (layer.size() + rows - 1) / rows;
            for (int i = 0; i < layer.size(); i++) {
                int row = rows == 1 ? 0 : i % rows;
                int column = rows == 1 ? i : i / rows;
                double x = (column - (columns - 1) / 2.0) * columnGap + (row % 2 == 1 ? columnGap / 2 : 0);
                left = Math.min(left, x);
                right = Math.max(right, x);
                points.put(layer.get(i), new Point(x, y + row * rowGap));
            }
            y += Math.max(0, rows - 1) * rowGap;
        }
        return new Result(points, layerOf, right - left, y);
    }
}
