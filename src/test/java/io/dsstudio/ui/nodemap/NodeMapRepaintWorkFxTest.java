package io.dsstudio.ui.nodemap;

import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the map paints again, counted rather than timed, with 10,000 small tiles fitted to the view: a focus move
 * repaints the rectangles around two tiles, a selection or one tile's change around those tiles, and recolouring
 * every tile paints them all once.
 */
@ExtendWith(ApplicationExtension.class)
class NodeMapRepaintWorkFxTest {
    private static final int NODES = 10_000;
    private NodeMapView map;

    @Start
    void start(Stage stage) {
        map = new NodeMapView();
        map.setPrefSize(1280, 650);
        Pane root = new Pane(map);
        Scene scene = new Scene(root, 1280, 650);
        distinctColours(map);
        stage.setScene(scene);
        stage.show();
    }

    @BeforeEach
    void tiles(FxRobot robot) {
        robot.interact(() -> {
            map.setTiles(tiles(MapColor.OK));
            map.requestFocus();
            map.focusedNodeProperty().set("node-500");
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<MapTile> tiles(MapColor color) {
        List<MapTile> tiles = new ArrayList<>();
        for (int i = 0; i < NODES; i++) {
            tiles.add(new MapTile("node-" + i, "zone-" + (i % 6), color, MapTile.Ghost.NONE, "node-" + i, i % 12 == 0));
        }
        return tiles;
    }

    private NodeMapSkin skin() {
        return (NodeMapSkin) map.getSkin();
    }

    @Test
    void theMapIsFittedWithSmallTiles() {
        assertThat(TileGrid.small(map.getZoom())).isTrue();
        assertThat(skin().lastTilesPainted()).isGreaterThan(0);
    }

    @Test
    void aFocusMoveRepaintsTheRectanglesAroundTwoTiles(FxRobot robot) {
        int paints = skin().paints();
        robot.interact(() -> map.moveFocus(NodeMapLayout.Direction.RIGHT));

        assertThat(map.getFocusedNode()).isEqualTo(map.getLayout().neighbour("node-500", NodeMapLayout.Direction.RIGHT));
        assertThat(skin().paints()).isEqualTo(paints + 1);
        assertThat(skin().lastRectangles()).isEqualTo(2);
        // each rectangle is a tile and the 3 pixels its rings reach: at most 3 × 3 tiles at a pitch of 5 pixels
        assertThat(skin().lastTilesPainted()).isBetween(2, 2 * 9);
    }

    @Test
    void selectingOneNodeRepaintsAroundItsTileOnly(FxRobot robot) {
        robot.interact(() -> map.getSelected().setAll("node-42"));

        assertThat(skin().lastRectangles()).isEqualTo(1);
        assertThat(skin().lastTilesPainted()).isBetween(1, 9);
    }

    @Test
    void oneTileChangedInPlaceRepaintsAroundItOnly(FxRobot robot) {
        List<MapTile> changed = tiles(MapColor.OK);
        changed.set(7, changed.get(7).withGhost(MapTile.Ghost.GAINS_POD));
        robot.interact(() -> map.setTiles(changed));

        assertThat(skin().lastRectangles()).isEqualTo(1);
        assertThat(skin().lastTilesPainted()).isBetween(1, 9);
    }

    @Test
    void recolouringEveryTilePaintsThemAllOnce(FxRobot robot) {
        int paints = skin().paints();
        int overlays = skin().overlays();
        int orderings = skin().orderings();
        robot.interact(() -> map.setTiles(tiles(MapColor.ERROR)));

        assertThat(skin().paints()).isEqualTo(paints + 1);
        // the titles and minimap do not show colours; the tiles keep their places in the layout's order
        assertThat(skin().overlays()).isEqualTo(overlays);
        assertThat(skin().orderings()).isEqualTo(orderings);
        assertThat(skin().lastRectangles()).isEqualTo(1);
        assertThat(skin().lastTilesPainted()).isEqualTo(NODES);
        TilePixels pixels = skin().pixels();
        int[] tile = tileAt("node-1");
        assertThat(pixels.pixel(tile[0] + 1, tile[1] + 1)).isEqualTo(pixels.argb(MapColor.ERROR));
    }

    @Test
    void aRecolourKeepsTheFocusRingAndSelectionAndTheOverlayStillFollowsTheView(FxRobot robot) {
        robot.interact(() -> map.getSelected().setAll("node-42"));
        robot.interact(() -> map.setTiles(tiles(MapColor.WARN)));

        TilePixels pixels = skin().pixels();
        int[] focused = tileAt("node-500");
        int[] selected = tileAt("node-42");
        assertThat(pixels.pixel(focused[0] - 3, focused[1] - 3)).isEqualTo(pixels.argb(MapColor.FOCUS));
        assertThat(pixels.pixel(selected[0] - 1, selected[1] - 1)).isEqualTo(pixels.argb(MapColor.SELECTION));
        assertThat(pixels.pixel(selected[0] + 1, selected[1] + 1)).isEqualTo(pixels.argb(MapColor.WARN));

        int overlays = skin().overlays();
        robot.interact(() -> map.panBy(3, 0));
        assertThat(skin().overlays()).isEqualTo(overlays + 1);
    }

    @Test
    void theFocusRingIsDrawnAroundTheFocusedTileAndGoesWithIt(FxRobot robot) {
        TilePixels pixels = skin().pixels();
        int[] first = tileAt("node-500");
        assertThat(pixels.pixel(first[0] - 3, first[1] - 3)).isEqualTo(pixels.argb(MapColor.FOCUS));

        robot.interact(() -> map.moveFocus(NodeMapLayout.Direction.DOWN));

        int[] next = tileAt(map.getFocusedNode());
        assertThat(next[1]).isGreaterThan(first[1]);
        assertThat(pixels.pixel(next[0] - 3, next[1] - 3)).isEqualTo(pixels.argb(MapColor.FOCUS));
        assertThat(pixels.pixel(first[0] - 3, first[1] - 3)).isNotEqualTo(pixels.argb(MapColor.FOCUS));
    }

    private int[] tileAt(String node) {
        NodeMapLayout.Placed placed = map.getLayout().find(node);
        return new int[] {TileGrid.device(map.getPanX() + placed.x() * map.getZoom(), 1),
                TileGrid.device(map.getPanY() + placed.y() * map.getZoom(), 1)};
    }

    /** Every map colour a different one (the theme's colours come from AtlantaFX, which this test does not install). */
    static void distinctColours(NodeMapView map) {
        for (MapColor color : MapColor.values()) {
            map.colorProperty(color).set(color == MapColor.BACKGROUND ? javafx.scene.paint.Color.WHITE
                    : javafx.scene.paint.Color.hsb(color.ordinal() * 360.0 / MapColor.values().length, 0.8, 0.7));
        }
    }
}
