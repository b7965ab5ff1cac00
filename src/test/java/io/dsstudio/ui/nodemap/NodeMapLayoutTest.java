package io.dsstudio.ui.nodemap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import static io.dsstudio.ui.nodemap.NodeMapLayout.GAP;
import static io.dsstudio.ui.nodemap.NodeMapLayout.HEADER;
import static io.dsstudio.ui.nodemap.NodeMapLayout.PADDING;
import static io.dsstudio.ui.nodemap.NodeMapLayout.TILE;
import static org.assertj.core.api.Assertions.assertThat;

class NodeMapLayoutTest {
    private static Map<String, String> nodes(int count, int groups) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            map.put("node-" + i, "zone-" + (i % groups));
        }
        return map;
    }

    @Test
    void computeSortsGroupsAndWrapsRowsToTheWidth() {
        double width = 2 * PADDING + 3 * TILE + 2 * GAP;
        NodeMapLayout layout = NodeMapLayout.compute(Map.of("c", "b", "a", "a", "d", "b", "e", "b", "f", "b"), width);
        assertThat(layout.groups()).extracting(NodeMapLayout.Group::name).containsExactly("a", "b");
        assertThat(layout.groups().get(1).columns()).isEqualTo(3);
        NodeMapLayout.Group b = layout.groups().get(1);
        assertThat(b.top()).isEqualTo(layout.groups().get(0).bottom() + GAP);
        assertThat(b.bottom()).isEqualTo(b.top() + HEADER + 2 * (TILE + GAP));
        NodeMapLayout.Placed fourth = layout.tiles().stream().filter(t -> t.name().equals(b.members().get(3))).findFirst().orElseThrow();
        assertThat(fourth.x()).isEqualTo(PADDING);
        assertThat(fourth.y()).isEqualTo(b.tilesTop() + TILE + GAP);
    }

    @Test
    void hitTestMissesHeadersGapsAndMargins() {
        NodeMapLayout layout = NodeMapLayout.compute(Map.of("n1", "z", "n2", "z"), 500);
        double top = layout.groups().get(0).tilesTop();
        assertThat(layout.hitTest(PADDING + 1, top + 1)).isNotNull();
        assertThat(layout.hitTest(PADDING + TILE + GAP / 2, top + 1)).isNull();
        assertThat(layout.hitTest(PADDING + 1, top - HEADER / 2)).isNull();
        assertThat(layout.hitTest(PADDING / 2, top + 1)).isNull();
        assertThat(layout.hitTest(PADDING + 2 * (TILE + GAP) + 1, top + 1)).isNull();
        assertThat(layout.hitTest(PADDING + 1, layout.height() + 10)).isNull();
    }

    @Test
    void emptyInputGivesEmptyLayout() {
        NodeMapLayout layout = NodeMapLayout.compute(Map.of(), 300);
        assertThat(layout.tiles()).isEmpty();
        assertThat(layout.hitTest(10, 10)).isNull();
    }

    /** Property: every tile's centre hits that tile, for random sizes, group counts and widths. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2024, 99991})
    void hitTestAtEveryTileCentreFindsThatTile(long seed) {
        Random random = new Random(seed);
        Map<String, String> nodes = nodes(1 + random.nextInt(600), 1 + random.nextInt(9));
        NodeMapLayout layout = NodeMapLayout.compute(nodes, 100 + random.nextInt(1500));
        assertThat(layout.tiles()).hasSize(nodes.size());
        for (NodeMapLayout.Placed tile : layout.tiles()) {
            assertThat(layout.hitTest(tile.x() + TILE / 2, tile.y() + TILE / 2)).isEqualTo(tile.name());
            assertThat(nodes.get(tile.name())).isEqualTo(tile.group());
        }
    }

    @Test
    void computeHandlesFiveThousandNodesQuickly() {
        long start = System.nanoTime();
        NodeMapLayout layout = NodeMapLayout.compute(nodes(5000, 3), 1400);
        assertThat(layout.tiles()).hasSize(5000);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1000);
    }
}
