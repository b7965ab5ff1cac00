package io.dsstudio.bench;

import io.dsstudio.ui.nodemap.MapColor;
import io.dsstudio.ui.nodemap.MapTile;
import io.dsstudio.ui.nodemap.NodeMapSkin;
import io.dsstudio.ui.nodemap.NodeMapView;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The node map fitted to a 1,280 × 650 view (the map's area in a 1,280 × 800 window), every tile in view, on the
 * FX thread (JMH cannot drive the FX thread, so this is a plain main). Times two things per redraw: the Skin's
 * {@code paint()} (what the FX thread spends), and {@code paint()} plus a snapshot of the map, which makes Prism
 * rasterise the Canvas's commands into an image (an upper bound of a frame: it adds a read-back of the pixels).
 * About 1 in 12 tiles is cordoned (hatched) and 1 in 20 has a ghost, as in a cluster under an edit.
 */
public final class NodeMapPaintBench {
    private static final double WIDTH = 1280;
    private static final double HEIGHT = 650;

    private NodeMapPaintBench() {
    }

    public static String run(int tiles, int rounds) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        CompletableFuture<String> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(measure(tiles, rounds));
            } catch (RuntimeException failed) {
                result.completeExceptionally(failed);
            }
        });
        String text = result.get(300, TimeUnit.SECONDS);
        Platform.exit();
        return text;
    }

    private static String measure(int tiles, int rounds) {
        NodeMapView map = new NodeMapView();
        StackPane root = new StackPane(map);
        Scene scene = new Scene(root, WIDTH, HEIGHT);
        scene.getStylesheets().add(Objects.requireNonNull(NodeMapPaintBench.class.getResource("/io/dsstudio/ui/app.css")).toExternalForm());
        Stage stage = new Stage();
        stage.setScene(scene);
        stage.show();
        List<MapTile> list = new ArrayList<>(tiles);
        MapColor[] fills = {MapColor.OK, MapColor.OK, MapColor.OK, MapColor.MUTED, MapColor.WARN, MapColor.ACCENT, MapColor.ERROR};
        for (int i = 0; i < tiles; i++) {
            MapTile.Ghost ghost = i % 20 == 0 ? MapTile.Ghost.GAINS_POD : MapTile.Ghost.NONE;
            list.add(new MapTile("node-" + i, "zone-" + (i % 6), fills[i % fills.length], ghost, "node-" + i, i % 12 == 0));
        }
        long setStart = System.nanoTime();
        map.getTiles().setAll(list);
        root.applyCss();
        root.layout();
        double setMillis = (System.nanoTime() - setStart) / 1e6;
        NodeMapSkin skin = (NodeMapSkin) map.getSkin();
        int drawn = 0;
        for (int i = 0; i < 20; i++) {
            drawn = skin.paint();
        }
        double[] paint = new double[rounds];
        double[] paintCpu = new double[rounds];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < rounds; i++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            drawn = skin.paint();
            paint[i] = (System.nanoTime() - start) / 1e6;
            paintCpu[i] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
        }
        SnapshotParameters parameters = new SnapshotParameters();
        WritableImage image = new WritableImage((int) WIDTH, (int) HEIGHT);
        for (int i = 0; i < 5; i++) {
            skin.paint();
            map.snapshot(parameters, image);
        }
        int frames = Math.max(10, rounds / 5);
        double[] frame = new double[frames];
        for (int i = 0; i < frames; i++) {
            long start = System.nanoTime();
            skin.paint();
            map.snapshot(parameters, image);
            frame[i] = (System.nanoTime() - start) / 1e6;
        }
        String text = String.format(java.util.Locale.ROOT,
                "tiles=%d view=%.0fx%.0f fitted tile=%.1f px, %d drawn; setAll+layout+css=%.1f ms; paint median=%.2f ms p95=%.2f ms (FX-thread CPU median %.2f ms);"
                        + " paint+rasterise (snapshot) median=%.2f ms p95=%.2f ms",
                tiles, map.getWidth(), map.getHeight(), map.getZoom() * io.dsstudio.ui.nodemap.NodeMapLayout.TILE, drawn, setMillis,
                percentile(paint, 50), percentile(paint, 95), percentile(paintCpu, 50), percentile(frame, 50), percentile(frame, 95));
        stage.close();
        return text;
    }

    private static double percentile(double[] values, int percent) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }
}
