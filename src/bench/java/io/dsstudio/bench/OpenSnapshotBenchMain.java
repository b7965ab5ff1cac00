package io.dsstudio.bench;

import io.dsstudio.app.AppContext;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.ui.overview.OverviewSummary;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Time to open and show a snapshot in the desktop app: from File ▸ Open until the snapshot is read, planned, the
 * overview (the view shown) shows its summary, the snapshot's warnings are checked, and then, read only after that
 * (reading the hidden Nodes view's rows makes it build them), its nodes are in the Nodes table (the window shown, headless under Monocle). The
 * first open is cold, the later ones warm; then the heap used with the snapshot open. Prints one line per open,
 * with the wall time and the process's CPU time at each step (read, planned, overview shown, Nodes table filled).
 * The executor is a cached pool, as the app's, so the overview and the plan run on threads of their own.
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
        ExecutorService executor = Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "dsstudio-task");
            thread.setDaemon(true);
            return thread;
        });
        Path home = Files.createTempDirectory("dsstudio-bench");
        AppContext context = onFx(() -> {
            AppContext c = new AppContext(home, Clock.systemUTC(), executor, Locale.ENGLISH);
            Stage stage = new Stage();
            stage.setScene(new Scene(c.mainView().root(), 1400, 900));
            stage.show();
            return c;
        });
        for (int i = 1; i <= opens; i++) {
            Steps steps = new Steps();
            Snapshot before = onFx(() -> context.state().snapshotProperty().get());
            onFx(() -> {
                context.mainModel().open(snapshot);
                return null;
            });
            while (true) {
                boolean done = onFx(() -> {
                    Snapshot now = context.state().snapshotProperty().get();
                    boolean read = now != before && !now.nodes().isEmpty();
                    boolean planned = read && context.state().planProperty().get() != null && !context.state().tasks().runningProperty().get();
                    boolean overview = planned && context.overviewModel().summaryProperty().get() != OverviewSummary.EMPTY
                            && !context.overviewModel().busyProperty().get();
                    steps.reach("read", read);
                    steps.reach("planned", planned);
                    steps.reach("overview shown", overview);
                    steps.reach("warnings checked", overview && !context.overviewModel().summaryProperty().get().warningsPending());
                    if (!(read && planned && overview)) {
                        return false;
                    }
                    // read only now: reading the hidden Nodes view's rows makes it catch up (its rows for every node)
                    boolean table = context.nodesModel().rows().size() == now.nodes().size();
                    steps.reach("Nodes table filled", table);
                    return table && !context.overviewModel().summaryProperty().get().warningsPending();
                });
                if (done) {
                    break;
                }
                Thread.sleep(5);
            }
            int nodes = onFx(() -> context.nodesModel().rows().size());
            System.out.println("open " + i + (i == 1 ? " (cold)" : " (warm)") + ": " + steps + "; " + nodes + " nodes shown");
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

    /** When each step was first seen done: wall and process CPU from the open. */
    private static final class Steps {
        private final long startWall = System.nanoTime();
        private final long startCpu = processCpuNanos();
        private final java.util.Map<String, String> reached = new java.util.LinkedHashMap<>();

        void reach(String step, boolean now) {
            if (now && !reached.containsKey(step)) {
                reached.put(step, String.format("%s %d ms (CPU %d ms)", step, (System.nanoTime() - startWall) / 1_000_000,
                        (processCpuNanos() - startCpu) / 1_000_000));
            }
        }

        @Override
        public String toString() {
            return String.join(", ", reached.values());
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
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
