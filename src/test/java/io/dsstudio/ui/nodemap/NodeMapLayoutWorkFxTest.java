package io.dsstudio.ui.nodemap;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The map lays its tiles out once per change of its tile list, and only when tiles came, went, moved or changed group:
 * recolouring every tile, or a ghost on one, keeps the layout (it was computed again for every tile replaced).
 */
@ExtendWith(ApplicationExtension.class)
class NodeMapLayoutWorkFxTest {
    private static final int NODES = 3_000;
    private NodeMapView map;
    private final List<NodeMapLayout> layouts = new ArrayList<>();

    @Start
    void start(Stage stage) {
        map = new NodeMapView();
        stage.setScene(new Scene(new StackPane(map), 800, 600));
        stage.show();
    }

    @BeforeEach
    void tiles(FxRobot robot) {
        robot.interact(() -> {
            map.setTiles(tiles(MapColor.OK, MapTile.Ghost.NONE, "zone-"));
            map.layoutProperty().addListener((obs, old, now) -> layouts.add(now));
        });
    }

    private static List<MapTile> tiles(MapColor color, MapTile.Ghost ghostOnFirst, String groupPrefix) {
        List<MapTile> tiles = new ArrayList<>();
        for (int i = 0; i < NODES; i++) {
            tiles.add(new MapTile("node-" + i, groupPrefix + (i % 3), color, i == 0 ? ghostOnFirst : MapTile.Ghost.NONE, "node-" + i));
        }
        return tiles;
    }

    @Test
    void recolouringEveryTileKeepsTheLayout(FxRobot robot) {
        robot.interact(() -> map.setTiles(tiles(MapColor.ERROR, MapTile.Ghost.NONE, "zone-")));

        assertThat(layouts).isEmpty();
        assertThat(map.getTiles()).allMatch(t -> t.color() == MapColor.ERROR);
    }

    @Test
    void aGhostOnOneTileKeepsTheLayout(FxRobot robot) {
        robot.interact(() -> map.setTiles(tiles(MapColor.OK, MapTile.Ghost.GAINS_POD, "zone-")));

        assertThat(layouts).isEmpty();
        assertThat(map.getTiles().get(0).ghost()).isEqualTo(MapTile.Ghost.GAINS_POD);
    }

    @Test
    void regroupingEveryTileLaysOutOnce(FxRobot robot) {
        robot.interact(() -> map.setTiles(tiles(MapColor.OK, MapTile.Ghost.NONE, "pool-")));

        assertThat(layouts).hasSize(1);
        assertThat(layouts.get(0).groups()).hasSize(3);
    }

    @Test
    void aNewNodeLaysOutOnce(FxRobot robot) {
        List<MapTile> more = tiles(MapColor.OK, MapTile.Ghost.NONE, "zone-");
        more.add(new MapTile("node-new", "zone-0", MapColor.OK, MapTile.Ghost.NONE, "node-new"));

        robot.interact(() -> map.setTiles(more));

        assertThat(layouts).hasSize(1);
        assertThat(layouts.get(0).tiles()).hasSize(NODES + 1);
    }

    /**
     * A panel docked beside the map narrows it: the tiles are laid out again for the new width, every one still in
     * view, but not grouped and indexed again (they are the same tiles in the same groups).
     */
    @Test
    void aResizeLaysTheSameGroupingOutAgainWithoutRegrouping(FxRobot robot) {
        int groupings = map.groupings(); // the FX thread is idle between interactions
        NodeMapLayout before = map.getLayout();

        // the map narrows in its pane (the window is the JVM's one primary stage: later tests expect its size)
        robot.interact(() -> map.setMaxWidth(500));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        assertThat(map.groupings()).isEqualTo(groupings);
        assertThat(layouts).hasSize(1);
        assertThat(layouts.get(0).columns()).isLessThan(before.columns());
        assertThat(layouts.get(0).indexOf("node-2999")).isEqualTo(before.indexOf("node-2999"));
        assertThat(map.isFitted()).isTrue();
        for (NodeMapLayout.Placed placed : layouts.get(0).tiles()) {
            javafx.geometry.Bounds tile = map.tileBounds(placed.name());
            assertThat(tile.getMaxX()).as(placed.name()).isLessThanOrEqualTo(map.getWidth() + 0.01);
            assertThat(tile.getMaxY()).as(placed.name()).isLessThanOrEqualTo(map.getHeight() + 0.01);
        }
    }
}
