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

    /** Every tile of a layout fitted to a viewport, at its fit zoom and centred, lies inside that viewport. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"20,3,1280,650", "2000,5,1280,650", "10000,6,1280,650", "2000,5,700,900", "300,40,1000,600"})
    void fittedLayoutShowsEveryTileInsideTheViewport(int count, int groups, double width, double height) {
        NodeMapLayout layout = NodeMapLayout.fitted(nodes(count, groups), width, height);
        double zoom = layout.fitZoom();
        double left = (width - layout.width() * zoom) / 2;
        double top = (height - layout.height() * zoom) / 2;
        assertThat(layout.tiles()).hasSize(count);
        for (NodeMapLayout.Placed tile : layout.tiles()) {
            assertThat(left + tile.x() * zoom).isGreaterThanOrEqualTo(-1e-6);
            assertThat(top + tile.y() * zoom).isGreaterThanOrEqualTo(-1e-6);
            assertThat(left + (tile.x() + TILE) * zoom).isLessThanOrEqualTo(width + 1e-6);
            assertThat(top + (tile.y() + TILE) * zoom).isLessThanOrEqualTo(height + 1e-6);
        }
        // not a strip: the fitted content fills the window in at least one direction
        assertThat(Math.max(layout.width() * zoom / width, layout.height() * zoom / height)).isGreaterThan(0.9);
    }

    @Test
    void twentyNodesFillTheWindowInsteadOfACorner() {
        NodeMapLayout layout = NodeMapLayout.fitted(nodes(20, 3), 1280, 650);
        assertThat(layout.fitZoom() * TILE).isGreaterThan(60);
    }

    @Test
    void tenThousandNodesGetTilesOfAFewPixels() {
        NodeMapLayout layout = NodeMapLayout.fitted(nodes(10_000, 6), 1280, 650);
        assertThat(layout.fitZoom() * TILE).isGreaterThanOrEqualTo(4);
    }

    @Test
    void headersStayReadableAtTheFitZoom() {
        NodeMapLayout layout = NodeMapLayout.fitted(nodes(2000, 5), 1280, 650);
        assertThat(layout.header() * layout.fitZoom()).isEqualTo(HEADER, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aNarrowerViewportRewrapsToFewerColumns() {
        Map<String, String> nodes = nodes(2000, 5);
        NodeMapLayout wide = NodeMapLayout.fitted(nodes, 1280, 650);
        NodeMapLayout narrow = NodeMapLayout.fitted(nodes, 640, 650);
        assertThat(narrow.columns()).isLessThan(wide.columns());
    }

    @Test
    void neighboursFollowReadingOrderAndKeepTheColumnAcrossGroups() {
        // group a: a0..a4 in rows of 3 (a0 a1 a2 / a3 a4); group b: b0 b1
        Map<String, String> nodes = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            nodes.put("a" + i, "a");
        }
        nodes.put("b0", "b");
        nodes.put("b1", "b");
        NodeMapLayout layout = NodeMapLayout.compute(nodes, 2 * PADDING + 3 * TILE + 2 * GAP);
        assertThat(layout.columns()).isEqualTo(3);
        assertThat(layout.neighbour("a2", NodeMapLayout.Direction.RIGHT)).isEqualTo("a3");
        assertThat(layout.neighbour("a0", NodeMapLayout.Direction.LEFT)).isEqualTo("a0");
        assertThat(layout.neighbour("a1", NodeMapLayout.Direction.DOWN)).isEqualTo("a4");
        assertThat(layout.neighbour("a2", NodeMapLayout.Direction.DOWN)).isEqualTo("a4");
        assertThat(layout.neighbour("a4", NodeMapLayout.Direction.DOWN)).isEqualTo("b1");
        assertThat(layout.neighbour("b1", NodeMapLayout.Direction.UP)).isEqualTo("a4");
        assertThat(layout.neighbour("b0", NodeMapLayout.Direction.DOWN)).isEqualTo("b0");
        assertThat(layout.neighbour("a0", NodeMapLayout.Direction.UP)).isEqualTo("a0");
        assertThat(layout.neighbour("zz", NodeMapLayout.Direction.UP)).isNull();
    }
}
