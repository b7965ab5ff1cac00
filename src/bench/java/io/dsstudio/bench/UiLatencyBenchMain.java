package io.dsstudio.bench;

import io.dsstudio.app.AppContext;
import io.dsstudio.domain.DaemonSet;
import io.dsstudio.ui.labels.BulkOperation;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * What a user waits for in the app window, from the input event to the first frame that shows the result: Ctrl+E to
 * an editable editor tab, Preview (Ctrl+P) and Commit (Ctrl+Enter) of a staged label edit, and view switches
 * (Ctrl+1…). Keys are pressed through the OS (JavaFX's Robot: XTest under Xvfb); the clock starts when the key event
 * reaches the window's scene and stops at the end of the layout pass of the pulse that renders the result (that pulse
 * then paints it). Run it in a real window (GTK under Xvfb), not Monocle. Prints the cold (first) run and the median
 * and maximum of the warm runs per gesture.
 *
 * <pre>java -cp … io.dsstudio.bench.UiLatencyBenchMain demo|SNAPSHOT [runs]</pre>
 */
public final class UiLatencyBenchMain {
    private static final long TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(60);

    private final AppContext context;
    private final Scene scene;
    private final Robot[] robot = new Robot[1];
    private volatile long keyAt;
    private volatile long doneAt;
    private volatile long keyCpu;
    private volatile long doneCpu;
    private final java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    private final java.util.Map<String, List<Double>> fxCpu = new java.util.HashMap<>();
    private String gestureName = "";
    private volatile BooleanSupplier shown = () -> false;

    private UiLatencyBenchMain(AppContext context, Scene scene) {
        this.context = context;
        this.scene = scene;
    }

    public static void main(String[] args) throws Exception {
        String what = args.length > 0 ? args[0] : "demo";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "app-tasks");
            t.setDaemon(true);
            return t;
        });
        Path home = Files.createTempDirectory("dsstudio-latency");
        UiLatencyBenchMain bench = onFx(() -> {
            AppContext c = new AppContext(home, Clock.systemUTC(), executor, Locale.ENGLISH);
            Stage stage = new Stage();
            Scene scene = new Scene(c.mainView().root(), 1280, 800);
            c.themes().install(scene);
            stage.setScene(scene);
            stage.show();
            stage.toFront();
            return new UiLatencyBenchMain(c, scene);
        });
        bench.install();
        bench.open(what);
        List<String> report = new ArrayList<>();
        String only = System.getProperty("bench.only", "");
        if (only.isEmpty() || only.equals("editor")) {
            report.add(bench.editorOpen(runs));
        }
        if (only.isEmpty() || only.equals("preview")) {
            report.add(bench.previewAndCommit(runs));
        }
        if (only.isEmpty() || only.equals("views")) {
            report.add(bench.viewSwitches(runs));
        }
        System.out.println("snapshot: " + what + ", " + onFx(() -> bench.context.state().snapshotProperty().get().nodes().size())
                + " nodes, " + onFx(() -> bench.context.state().snapshotProperty().get().daemonSets().size()) + " DaemonSets");
        report.forEach(System.out::println);
        executor.shutdownNow();
        Platform.exit();
        System.exit(0);
    }

    private void install() throws Exception {
        onFx(() -> {
            robot[0] = new Robot();
            scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() != KeyCode.CONTROL && keyAt == 0) {
                    keyAt = System.nanoTime();
                    keyCpu = threads.getCurrentThreadCpuTime();
                }
            });
            scene.addPostLayoutPulseListener(() -> {
                if (keyAt != 0 && doneAt == 0 && shown.getAsBoolean()) {
                    doneAt = System.nanoTime();
                    doneCpu = threads.getCurrentThreadCpuTime();
                }
            });
            return null;
        });
    }

    private void open(String what) throws Exception {
        onFx(() -> {
            if ("demo".equals(what)) {
                context.mainModel().openDemo();
            } else {
                context.mainModel().open(Path.of(what));
            }
            return null;
        });
        waitFor(() -> !context.state().tasks().runningProperty().get() && context.state().planProperty().get() != null
                && !context.state().snapshotProperty().get().nodes().isEmpty());
        Thread.sleep(500);
    }

    /** Presses Ctrl+key through the OS and returns milliseconds from the key event to the frame where {@code result} holds. */
    private double gesture(KeyCode key, BooleanSupplier result) throws Exception {
        keyAt = 0;
        doneAt = 0;
        shown = result;
        onFx(() -> {
            scene.getWindow().requestFocus();
            robot[0].keyPress(KeyCode.CONTROL);
            robot[0].keyPress(key);
            robot[0].keyRelease(key);
            robot[0].keyRelease(KeyCode.CONTROL);
            return null;
        });
        long deadline = System.nanoTime() + TIMEOUT_NANOS;
        while (doneAt == 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no result within 60 s after Ctrl+" + key);
            }
            Platform.requestNextPulse();
            Thread.sleep(1);
        }
        fxCpu.computeIfAbsent(gestureName, k -> new ArrayList<>()).add((doneCpu - keyCpu) / 1e6);
        return (doneAt - keyAt) / 1e6;
    }

    private String editorOpen(int runs) throws Exception {
        List<DaemonSet> all = onFx(() -> context.state().snapshotProperty().get().daemonSets());
        onFx(() -> {
            context.mainModel().selectedViewProperty().set(viewIndex("tabDaemonSets"));
            return null;
        });
        List<Double> times = new ArrayList<>();
        for (int i = 0; i <= runs; i++) {
            DaemonSet ds = all.get(i % all.size());
            onFx(() -> {
                context.editorTabs().closeAll();
                context.state().selectedDaemonSetProperty().set(ds.key());
                return null;
            });
            Thread.sleep(300);
            gestureName = "Ctrl+E to an editable editor tab";
            times.add(gesture(KeyCode.E, () -> {
                Node text = scene.lookup("#editorText");
                return context.editorTabs().selected().isPresent() && text != null && text.isVisible()
                        && text.getLayoutBounds().getHeight() > 0 && text.getScene() != null;
            }));
        }
        onFx(() -> {
            context.editorTabs().closeAll();
            return null;
        });
        return line("Ctrl+E to an editable editor tab", times);
    }

    private String previewAndCommit(int runs) throws Exception {
        onFx(() -> {
            context.mainModel().selectedViewProperty().set(viewIndex("tabLabels"));
            return null;
        });
        List<Double> previews = new ArrayList<>();
        List<Double> commits = new ArrayList<>();
        for (int i = 0; i <= runs; i++) {
            String node = onFx(() -> context.state().snapshotProperty().get().nodes().get(0).name());
            String value = "v" + i;
            onFx(() -> {
                context.state().selectNodes(List.of(node));
                context.labelsModel().operationProperty().set(BulkOperation.OVERWRITE_LABEL);
                context.labelsModel().keyProperty().set("bench.dsstudio.io/latency");
                context.labelsModel().valueProperty().set(value);
                return null;
            });
            Thread.sleep(300);
            gestureName = "Preview (Ctrl+P) of a staged label edit";
            previews.add(gesture(KeyCode.P, () -> context.state().previewProperty().get() != null
                    && !context.state().tasks().runningProperty().get()));
            Thread.sleep(300);
            gestureName = "Commit (Ctrl+Enter) of it";
            commits.add(gesture(KeyCode.ENTER, () -> context.state().previewProperty().get() == null
                    && context.state().planProperty().get() != null && !context.state().tasks().runningProperty().get()
                    && context.state().snapshotProperty().get().nodes().get(0).labels().containsKey("bench.dsstudio.io/latency")));
            Thread.sleep(300);
        }
        return line("Preview (Ctrl+P) of a staged label edit", previews) + "\n" + line("Commit (Ctrl+Enter) of it", commits);
    }

    private String viewSwitches(int runs) throws Exception {
        int views = onFx(() -> (int) tabs().getTabs().stream().filter(t -> !t.isClosable()).count());
        List<Double> times = new ArrayList<>();
        for (int i = 0; i <= runs; i++) {
            int target = (i + 1) % Math.min(views, 9);
            int current = onFx(() -> tabs().getSelectionModel().getSelectedIndex());
            if (current == target) {
                target = (target + 1) % Math.min(views, 9);
            }
            int index = target;
            gestureName = "View switch";
            times.add(gesture(KeyCode.valueOf("DIGIT" + (index + 1)), () -> {
                var tab = tabs().getSelectionModel().getSelectedItem();
                return tabs().getSelectionModel().getSelectedIndex() == index && tab.getContent() != null
                        && tab.getContent().isVisible() && tab.getContent().getLayoutBounds().getWidth() > 0;
            }));
            Thread.sleep(200);
        }
        return line("View switch", times).replace("View switch", "View switch (Ctrl+1…" + Math.min(views, 9) + ")");
    }

    private TabPane tabs() {
        return (TabPane) scene.lookup("#mainTabs");
    }

    private int viewIndex(String id) {
        var list = tabs().getTabs();
        for (int i = 0; i < list.size(); i++) {
            if (id.equals(list.get(i).getId())) {
                return i;
            }
        }
        throw new IllegalStateException("no tab " + id);
    }

    private String line(String what, List<Double> times) {
        List<Double> all = fxCpu.get(what);
        List<Double> cpu = new ArrayList<>(all.subList(1, all.size()));
        Collections.sort(cpu);
        String cpuText = String.format(Locale.ROOT, " | FX-thread CPU cold %6.1f ms, warm median %6.1f ms", all.get(0), cpu.get(cpu.size() / 2));
        return wallLine(what, times) + cpuText;
    }

    private static String wallLine(String what, List<Double> times) {
        List<Double> warm = new ArrayList<>(times.subList(1, times.size()));
        Collections.sort(warm);
        double median = warm.size() % 2 == 1 ? warm.get(warm.size() / 2)
                : (warm.get(warm.size() / 2 - 1) + warm.get(warm.size() / 2)) / 2;
        return String.format(Locale.ROOT, "%-44s cold %7.1f ms | warm median %7.1f ms, max %7.1f ms (%d runs)",
                what, times.get(0), median, warm.get(warm.size() - 1), warm.size());
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT_NANOS * 4;
        while (!onFx(condition::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(20);
        }
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
