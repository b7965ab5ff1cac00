package io.dsstudio.ui.nodemap;

import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
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
 * Fitted small tiles sit on a whole-pixel pitch, so every column and row looks the same (an uneven pitch left
 * gaps of 0 or 1 pixel, seen as stripes at 2,000 nodes with the rollout dock open), and every tile stays in view.
 * Checked on the pixels drawn, at several cluster and view sizes.
 */
@ExtendWith(ApplicationExtension.class)
class TilePitchFxTest {
    private NodeMapView map;

    @Start
    void start(Stage stage) {
        map = new NodeMapView();
        map.setPrefSize(1280, 650);
        Scene scene = new Scene(new Pane(map), 1280, 800);
        NodeMapRepaintWorkFxTest.distinctColours(map);
        stage.setScene(scene);
        stage.show();
    }

    private static List<MapTile> tiles(int nodes, int groups) {
        List<MapTile> tiles = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            tiles.add(new MapTile("node-" + i, "zone-" + (i % groups), MapColor.OK, MapTile.Ghost.NONE, "node-" + i));
        }
        return tiles;
    }

    @Test
    void everyColumnAndRowOfSmallTilesLooksTheSame(FxRobot robot) {
        int[][] cases = {{2000, 30, 1280, 260}, {2000, 3, 700, 300}, {2000, 8, 900, 330}, {10_000, 6, 1280, 650},
                {10_000, 1, 1100, 600}, {5000, 4, 777, 333}};
        for (int[] c : cases) {
            robot.interact(() -> {
                map.setTiles(tiles(c[0], c[1]));
                map.setPrefSize(c[2], c[3]);
                map.resize(c[2], c[3]);
            });
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(map::fitToWindow);
            WaitForAsyncUtils.waitForFxEvents();
            String what = c[0] + " nodes in " + c[1] + " groups, " + c[2] + " × " + c[3];
            assertThat(map.getWidth()).as(what).isEqualTo(c[2]);
            assertThat(map.getHeight()).as(what).isEqualTo(c[3]);
            assertThat(TileGrid.small(map.getZoom())).as(what + ": tiles of " + map.getZoom() * NodeMapLayout.TILE + " px").isTrue();
            double pitch = TileGrid.pitch(map.getZoom(), 1);
            assertThat(Math.abs(pitch - Math.rint(pitch))).as(what + ": pitch " + pitch).isLessThan(1e-6);
            assertEveryTileInView(what);
            assertEvenRuns(what, (int) Math.rint(pitch));
        }
    }

    private void assertEveryTileInView(String what) {
        for (NodeMapLayout.Placed placed : map.getLayout().tiles()) {
            Bounds tile = map.tileBounds(placed.name());
            assertThat(tile.getMinX()).as(what).isGreaterThanOrEqualTo(-0.01);
            assertThat(tile.getMinY()).as(what).isGreaterThanOrEqualTo(-0.01);
            assertThat(tile.getMaxX()).as(what).isLessThanOrEqualTo(map.getWidth() + 0.01);
            assertThat(tile.getMaxY()).as(what).isLessThanOrEqualTo(map.getHeight() + 0.01);
        }
    }

    /** Along a row and down a column of the first group's tiles, every tile and every gap is as wide as the others. */
    private void assertEvenRuns(String what, int pitch) {
        TilePixels pixels = ((NodeMapSkin) map.getSkin()).pixels();
        NodeMapLayout.Group group = map.getLayout().groups().get(0);
        int left = TileGrid.device(map.getPanX() + NodeMapLayout.PADDING * map.getZoom(), 1);
        int top = TileGrid.device(map.getPanY() + group.tilesTop() * map.getZoom(), 1);
        int side = TileGrid.side(pitch);
        int background = pixels.argb(MapColor.BACKGROUND);
        List<Integer> across = new ArrayList<>();
        for (int column = 0; column < Math.min(group.columns(), group.members().size()); column++) { // every tile painted
            across.add(pixels.pixel(left + column * pitch + side / 2, top + side / 2));
        }
        int columns = Math.min(group.columns(), group.members().size());
        List<Integer> runs = runs(pixels, background, left, top + side / 2, left + columns * pitch - (pitch - side), true);
        List<Integer> down = runs(pixels, background, top, left + side / 2, top + group.rows() * pitch - (pitch - side), false);
        assertThat(across).as(what).allMatch(p -> p != background);
        assertThat(runs).as(what + ": runs of tile and gap pixels along the first row").isSubsetOf(side, pitch - side);
        assertThat(down).as(what + ": runs down the first column").isSubsetOf(side, pitch - side);
    }

    private static List<Integer> runs(TilePixels pixels, int background, int from, int at, int to, boolean horizontal) {
        List<Integer> runs = new ArrayList<>();
        int length = 0;
        boolean inTile = true;
        for (int i = from; i < to; i++) {
            boolean tile = (horizontal ? pixels.pixel(i, at) : pixels.pixel(at, i)) != background;
            if (tile != inTile) {
                runs.add(length);
                length = 0;
                inTile = tile;
            }
            length++;
        }
        runs.add(length);
        return runs;
    }
}
