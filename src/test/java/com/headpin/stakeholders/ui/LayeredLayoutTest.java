package com.headpin.stakeholders.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The map's fixed layout: layers top-down by reports-to, colleagues together, wide layers wrapped, no overlaps. */
class LayeredLayoutTest {

    private final LayeredLayout layout = new LayeredLayout(8, 130, 92, 120);

    @Test
    void managersAreAboveTheirPeopleAndTopPeopleAtTheTop() {
        List<LayeredLayout.Node> nodes = List.of(node(1, null), node(2, 1L), node(3, 1L), node(4, 2L), node(5, null),
                node(6, 99L));
        LayeredLayout.Result result = layout.layout(nodes);
        Map<Long, LayeredLayout.Point> at = result.points();
        assertThat(result.layers()).containsEntry(1L, 0).containsEntry(5L, 0).containsEntry(2L, 1)
                .containsEntry(3L, 1).containsEntry(4L, 2).as("a manager not shown: at the top").containsEntry(6L, 0);
        for (LayeredLayout.Node node : nodes) {
            if (node.parentId() != null && at.containsKey(node.parentId())) {
                assertThat(at.get(node.id()).y()).as("below the manager").isGreaterThan(at.get(node.parentId()).y());
            }
        }
        assertThat(at.get(1L).y()).isZero();
        assertThat(at.get(2L).y()).isEqualTo(at.get(3L).y()).isEqualTo(120);
        assertThat(result.height()).isEqualTo(240);
    }

    @Test
    void fortyPeopleWrapIntoRowsOfEightWithoutOverlapping() {
        List<LayeredLayout.Node> nodes = new ArrayList<>();
        nodes.add(node(0, null));
        for (long i = 1; i <= 4; i++) {
            nodes.add(node(i, 0L));
        }
        for (long i = 5; i < 40; i++) {
            nodes.add(node(i, 1 + (i - 5) % 4));
        }
        LayeredLayout.Result result = layout.layout(nodes);
        assertThat(result.points()).hasSize(40);
        List<LayeredLayout.Point> points = List.copyOf(result.points().values());
        for (int i = 0; i < points.size(); i++) {
            for (int j = i + 1; j < points.size(); j++) {
                LayeredLayout.Point a = points.get(i);
                LayeredLayout.Point b = points.get(j);
                assertThat(Math.abs(a.x() - b.x()) >= 130 || Math.abs(a.y() - b.y()) >= 92)
                        .as("%s and %s overlap", a, b).isTrue();
            }
        }
        // 35 staff: five rows of seven below the directors, filled column by column.
        long rows = points.stream().map(LayeredLayout.Point::y).distinct().count();
        assertThat(rows).isEqualTo(1 + 1 + 5);
        assertThat(points.stream().filter(p -> p.y() == 240).count()).isEqualTo(7);
        assertThat(result.width()).as("seven columns and the half-column shift of every other row")
                .isEqualTo(6 * 130 + 65);
        assertThat(result.height()).isEqualTo(120 + 120 + 4 * 92);
        // Colleagues stand together: the first director's nine people fill the two leftmost columns.
        for (long staff = 5; staff < 40; staff += 4) {
            assertThat(result.points().get(staff).x()).as("staff %d", staff).isLessThanOrEqualTo(-260 + 65);
        }
    }

    @Test
    void theSameInputGivesTheSamePictureAndACycleLosesNobody() {
        List<LayeredLayout.Node> nodes = List.of(node(1, 2L), node(2, 1L), node(3, null));
        assertThat(layout.layout(nodes)).isEqualTo(layout.layout(nodes));
        assertThat(layout.layout(nodes).points()).containsOnlyKeys(1L, 2L, 3L);
        assertThat(layout.layout(List.of()).points()).isEmpty();
    }

    private static LayeredLayout.Node node(long id, Long parent) {
        return new LayeredLayout.Node(id, parent);
    }
}
