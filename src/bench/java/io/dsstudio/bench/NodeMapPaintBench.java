package io.dsstudio.bench;

import io.dsstudio.ui.nodemap.MapColor;
import io.dsstudio.ui.nodemap.MapTile;
import io.dsstudio.ui.nodemap.NodeMapSkin;
import io.dsstudio.ui.nodemap.NodeMapView;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The node map's Skin painting 5,000 tiles on its Canvas, on the FX thread (JMH cannot drive the FX thread,
 * so this is a plain main). Run headless with Monocle, see docs/benchmarks.md. Reports through the
 * returned text only; the caller prints it.
 */
public final class NodeMapPaintBench {
    private NodeMapPaintBench() {
    }

    public static String run(int tiles, int rounds) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        CompletableFuture<String> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            NodeMapView map = new NodeMapView();
            Scene scene = new Scene(new StackPane(map), 1400, 900);
            scene.getStylesheets().add(Objects.requireNonNull(NodeMapPaintBench.class.getResource("/io/dsstudio/ui/app.css")).toExternalForm());
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            List<MapTile> list = new ArrayList<>(tiles);
            for (int i = 0; i < tiles; i++) {
                list.add(new MapTile("node-" + i, "zone-" + (i % 3), MapColor.values()[i % 6], MapTile.Ghost.NONE, "node-" + i));
            }
            long setStart = System.nanoTime();
            map.getTiles().setAll(list);
            long setNanos = System.nanoTime() - setStart;
            NodeMapSkin skin = (NodeMapSkin) map.getSkin();
            int drawn = 0;
            for (int i = 0; i < 20; i++) {
                drawn = skin.paint();
            }
            long start = System.nanoTime();
            for (int i = 0; i < rounds; i++) {
                drawn = skin.paint();
            }
            double perPaint = (System.nanoTime() - start) / 1e6 / rounds;
            map.zoomProperty().set(0.2);
            long zoomedStart = System.nanoTime();
            int drawnAll = 0;
            for (int i = 0; i < rounds; i++) {
                drawnAll = skin.paint();
            }
            double perPaintAll = (System.nanoTime() - zoomedStart) / 1e6 / rounds;
            result.complete(String.format(java.util.Locale.ROOT,
                    "tiles=%d setTiles+layout+paint=%.1f ms; paint at zoom 1 (%d tiles in view)=%.2f ms; paint at zoom 0.2 (%d tiles in view)=%.2f ms",
                    tiles, setNanos / 1e6, drawn, perPaint, drawnAll, perPaintAll));
            stage.close();
        });
        String text = result.get(120, TimeUnit.SECONDS);
        Platform.exit();
        return text;
    }
}
