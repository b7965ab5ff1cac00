package io.dsstudio.ui.nodemap;

import io.dsstudio.simulation.ClusterGenerator;
import io.dsstudio.simulation.GeneratorOptions;
import io.dsstudio.ui.TestStudio;
import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.common.StudioState;
import io.dsstudio.workspace.SnapshotSource;
import io.dsstudio.yaml.SnapshotLoader;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The map pane alone in a 1,280 × 800 window on generated clusters of 2,000 and 10,000 nodes (nodes only at
 * 10,000, to stay within the test JVM's heap): fitted with every tile in view, and rewrapped when narrower.
 */
@ExtendWith(ApplicationExtension.class)
class NodeMapSizesFxTest {
    private final StudioState state = TestStudio.state();
    private Region pane;
    private NodeMapView map;

    @Start
    void start(Stage stage) {
        NodeMapPane mapPane = new NodeMapPane(new NodeMapViewModel(state, new Messages(Locale.ENGLISH)), new Messages(Locale.ENGLISH));
        pane = (Region) mapPane.root();
        pane.setPrefSize(1280, 800);
        pane.setMinWidth(0); // the window decides the width, as the main window's tab pane does
        map = mapPane.map();
        Scene scene = new Scene(new Pane(pane), 1280, 800);
        scene.getStylesheets().add(Objects.requireNonNull(NodeMapView.class.getResource("/io/dsstudio/ui/app.css")).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private void open(FxRobot robot, int nodes, int daemonSets) throws Exception {
        String text = new ClusterGenerator().generate(new GeneratorOptions(nodes, daemonSets, 7, GeneratorOptions.DEFAULT_TIME));
        var snapshot = new SnapshotLoader().loadText("generated.yaml", text).snapshot();
        text = null;
        robot.interact(() -> state.open(snapshot, SnapshotSource.of(Path.of("generated.yaml"))));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> map.getLayout().tiles().size() == nodes && map.getWidth() > 0);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void assertEveryTileInView() {
        assertThat(map.getLayout().tiles()).isNotEmpty();
        for (NodeMapLayout.Placed placed : map.getLayout().tiles()) {
            Bounds tile = map.tileBounds(placed.name());
            assertThat(tile.getMinX()).as(placed.name()).isGreaterThanOrEqualTo(-0.01);
            assertThat(tile.getMinY()).as(placed.name()).isGreaterThanOrEqualTo(-0.01);
            assertThat(tile.getMaxX()).as(placed.name()).isLessThanOrEqualTo(map.getWidth() + 0.01);
            assertThat(tile.getMaxY()).as(placed.name()).isLessThanOrEqualTo(map.getHeight() + 0.01);
        }
    }

    /** How much of the map's width or height the tiles span, whichever is more: a thin strip scores low. */
    private double filled() {
        double right = 0;
        double bottom = 0;
        double left = Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        for (NodeMapLayout.Placed placed : map.getLayout().tiles()) {
            Bounds tile = map.tileBounds(placed.name());
            left = Math.min(left, tile.getMinX());
            top = Math.min(top, tile.getMinY());
            right = Math.max(right, tile.getMaxX());
            bottom = Math.max(bottom, tile.getMaxY());
        }
        return Math.max((right - left) / map.getWidth(), (bottom - top) / map.getHeight());
    }

    @Test
    void twoThousandNodesFillTheWindowAndRewrapWhenItNarrows(FxRobot robot) throws Exception {
        open(robot, 2000, 3);
        assertThat(map.getWidth()).isGreaterThan(1200);
        assertEveryTileInView();
        assertThat(filled()).isGreaterThan(0.9);
        assertThat(map.getZoom() * NodeMapLayout.TILE).isGreaterThanOrEqualTo(6);
        int columns = map.getLayout().columns();
        int[] narrowed = new int[1];
        robot.interact(() -> {
            // the view re-lays out as its width changes (checked before the next layout pass sizes it back)
            map.resize(800, map.getHeight());
            narrowed[0] = map.getLayout().columns();
            assertEveryTileInView();
            assertThat(filled()).isGreaterThan(0.9);
        });
        assertThat(narrowed[0]).isLessThan(columns);
    }

    @Test
    void tenThousandNodesAreAllOnScreenAtOnce(FxRobot robot) throws Exception {
        open(robot, 10_000, 0);
        assertEveryTileInView();
        assertThat(map.getZoom() * NodeMapLayout.TILE).isGreaterThanOrEqualTo(3);
        assertThat(filled()).isGreaterThan(0.9);
    }
}
