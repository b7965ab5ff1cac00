package io.dsstudio.ui.nodemap;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The view's tiles in layout order: made once per layout, a tile replaced in place takes its slot (counted). */
class TileOrderTest {
    private static List<MapTile> tiles(MapColor color) {
        List<MapTile> tiles = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            tiles.add(new MapTile("node-" + i, "zone-" + (i % 3), color, MapTile.Ghost.NONE, "node-" + i));
        }
        return tiles;
    }

    private static NodeMapLayout layoutOf(List<MapTile> tiles) {
        TileGrouping grouping = new TileGrouping();
        grouping.update(tiles);
        return NodeMapLayout.fitted(grouping.current(), 400, 300);
    }

    @Test
    void theOrderIsTheLayoutsAndAReplacedTileTakesItsSlotWithoutANewOrder() {
        List<MapTile> tiles = tiles(MapColor.OK);
        NodeMapLayout layout = layoutOf(tiles);
        TileOrder order = new TileOrder();
        MapTile[] ordered = order.ordered(layout, tiles);
        for (int i = 0; i < ordered.length; i++) {
            assertThat(ordered[i].name()).isEqualTo(layout.tiles().get(i).name());
        }

        MapTile recoloured = new MapTile("node-7", "zone-1", MapColor.ERROR, MapTile.Ghost.NONE, "node-7");
        tiles.set(7, recoloured);
        order.replaced(7, recoloured);

        assertThat(order.ordered(layout, tiles)[layout.indexOf("node-7")]).isSameAs(recoloured);
        assertThat(order.tileOf(layout, tiles, "node-7")).isSameAs(recoloured);
        assertThat(order.tileOf(layout, tiles, "node-999")).isNull();
        assertThat(order.made()).isEqualTo(1);
    }

    @Test
    void movedTilesOrANewLayoutMakeTheOrderAgain() {
        List<MapTile> tiles = tiles(MapColor.OK);
        NodeMapLayout layout = layoutOf(tiles);
        TileOrder order = new TileOrder();
        order.ordered(layout, tiles);

        List<MapTile> fewer = new ArrayList<>(tiles.subList(0, 40));
        order.moved();
        NodeMapLayout smaller = layoutOf(fewer);
        MapTile[] ordered = order.ordered(smaller, fewer);

        assertThat(ordered).hasSize(40);
        assertThat(order.made()).isEqualTo(2);
        order.ordered(layoutOf(fewer), fewer);
        assertThat(order.made()).isEqualTo(3);
    }
}
