package io.dsstudio.bench;

import io.dsstudio.app.AppContext;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Time to open and show a snapshot in the desktop app: from File ▸ Open until the snapshot is read, planned and
 * its nodes are in the Nodes table (the window shown, headless under Monocle). The first open is cold, the
 * later ones warm; then the heap used with the snapshot open. Prints one line per open.
 */
public final class OpenSnapshotBenchMain {
    private OpenSnapshotBenchMain() {
    }

    public static void main(String[] args) throws Exception {
        Path snapshot = Path.of(args[0]);
        int opens = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        ExecutorService executor = Executors.newSingleThreadExecutor();
        Path home = Files.createTempDirectory("dsstudio-bench");
        AppContext context = onFx(() -> {
            AppContext c = new AppContext(home, Clock.systemUTC(), executor, Locale.ENGLISH);
            Stage stage = new Stage();
            stage.setScene(new Scene(c.mainView().root(), 1400, 900));
            stage.show();
            return c;
        });
        for (int i = 1; i <= opens; i++) {
            long start = System.nanoTime();
            onFx(() -> {
                context.mainModel().open(snapshot);
                return null;
            });
            while (!onFx(() -> !context.state().tasks().runningProperty().get()
                    && context.state().planProperty().get() != null && !context.nodesModel().rows().isEmpty()
                    && context.nodesModel().rows().size() == context.state().snapshotProperty().get().nodes().size())) {
                Thread.sleep(5);
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            int nodes = onFx(() -> context.nodesModel().rows().size());
            System.out.println("open " + i + (i == 1 ? " (cold)" : " (warm)") + ": " + ms + " ms, " + nodes + " nodes shown");
        }
        System.gc();
        Thread.sleep(500);
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.println("heap used after opening: " + (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024) + " MiB");
        if (Boolean.getBoolean("bench.hold")) {
            Thread.sleep(60_000); // time to take a heap histogram
        }
        executor.shutdownNow();
        Platform.exit();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(120, TimeUnit.SECONDS);
    }
}
