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
 * <pre>java -cp … io.dsstudio.bench.UiLatencyBenchMain [demo|FILE|generate:NODES:DAEMONSETS:SEED …] [runs]</pre>
 * With no snapshot it measures the demo and {@code generate --nodes 2000 --daemonsets 30 --seed 7}, each in a JVM of
 * its own; the load average is printed before and after each.
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
    /** Per gesture: FX-thread CPU of the pulse that showed the result, CSS and layout passes (the map paints in layout). */
    private final java.util.Map<String, List<Double>> framePulseCpu = new java.util.HashMap<>();
    private volatile long pulseCpu;
    private String gestureName = "";
    private volatile BooleanSupplier shown = () -> false;
    private volatile long fxThread;

    private UiLatencyBenchMain(AppContext context, Scene scene) {
        this.context = context;
        this.scene = scene;
    }

    /** The snapshots one run measures when none is named: the demo, and the generated 2,000-node snapshot. */
    static final List<String> DEFAULT_SNAPSHOTS = List.of("demo", "generate:2000:30:7");

    /**
     * {@code [SNAPSHOT…] [RUNS]}: each snapshot ({@code demo}, a file, or {@code generate:NODES:DAEMONSETS:SEED},
     * written by the CLI's {@code generate} first) is measured in a JVM of its own, so each has a true cold run.
     */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && "--one".equals(args[0])) {
            measure(args[1], Integer.parseInt(args[2]));
            return;
        }
        List<String> snapshots = new ArrayList<>();
        int runs = 10;
        for (String arg : args) {
            if (arg.matches("\\d+")) {
                runs = Integer.parseInt(arg);
            } else {
                snapshots.add(arg);
            }
        }
        if (snapshots.isEmpty()) {
            snapshots.addAll(DEFAULT_SNAPSHOTS);
        }
        int failed = 0;
        for (String snapshot : snapshots) {
            String file = prepare(snapshot);
            System.out.println("== " + snapshot + " (load average before: " + loadAverage() + ")");
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx2g", "-cp", System.getProperty("java.class.path")));
            String only = System.getProperty("bench.only");
            if (only != null) {
                command.add("-Dbench.only=" + only);
            }
            command.addAll(List.of(UiLatencyBenchMain.class.getName(), "--one", file, Integer.toString(runs)));
            Process child = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            failed += child.waitFor() == 0 ? 0 : 1;
            System.out.println("   (load average after: " + loadAverage() + ")");
        }
        System.exit(failed == 0 ? 0 : 1);
    }

    /** The file to open for a snapshot argument; {@code generate:N:D:S} is generated into a temporary file once. */
    private static String prepare(String snapshot) throws Exception {
        if (!snapshot.startsWith("generate:")) {
            return snapshot;
        }
        String[] p = snapshot.split(":");
        Path out = Path.of(System.getProperty("java.io.tmpdir"), "dsstudio-latency-" + p[1] + "x" + p[2] + "-" + p[3] + ".yaml");
        if (!Files.exists(out)) {
            int exit = new io.dsstudio.cli.CliMain(io.dsstudio.cli.Output.system()).run(new String[] {"generate", "--nodes", p[1],
                    "--daemonsets", p[2], "--seed", p[3], "--out", out.toString()});
            if (exit != 0) {
                throw new IllegalStateException("generate failed with exit code " + exit);
            }
        }
        return out.toString();
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException | RuntimeException unknown) {
            return "unknown";
        }
    }

    private static void measure(String what, int runs) throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        // as the app's (StudioApp): a staged edit's controller sync must not queue the next what-if behind it
        ExecutorService executor = Executors.newCachedThreadPool(r -> {
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
            io.dsstudio.app.WhyWarmUp.afterFirstPlan(c.state(), c.whyModel(), c::whyPanel, () -> scene);
            stage.toFront();
            return new UiLatencyBenchMain(c, scene);
        });
        bench.install();
        bench.open(what);
        List<String> report = new ArrayList<>() {
            @Override
            public boolean add(String line) {
                System.out.println(line); // as soon as measured: a later gesture that fails does not lose it
                return super.add(line);
            }
        };
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
        if (only.isEmpty() || only.equals("why")) {
            report.add(bench.whyAndQuickFix(runs));
        }
        if (only.isEmpty() || only.equals("why") || only.equals("map")) {
            report.add(bench.mapRedraw(runs));
        }
        System.out.println("snapshot: " + what + ", " + onFx(() -> bench.context.state().snapshotProperty().get().nodes().size())
                + " nodes, " + onFx(() -> bench.context.state().snapshotProperty().get().daemonSets().size()) + " DaemonSets");
        System.out.println("(all gestures above)");
        executor.shutdownNow();
        Platform.exit();
        System.exit(0);
    }

    private void install() throws Exception {
        onFx(() -> {
            robot[0] = new Robot();
            fxThread = Thread.currentThread().getId();
            attach(scene);
            // a window of its own (a dialog): its key presses, clicks and frames count as well
            javafx.stage.Window.getWindows().addListener((javafx.collections.ListChangeListener<javafx.stage.Window>) c -> {
                while (c.next()) {
                    for (javafx.stage.Window w : c.getAddedSubList()) {
                        if (w.getScene() != null && w.getScene() != scene && attached.add(w.getScene())) {
                            attach(w.getScene());
                        }
                    }
                }
            });
            return null;
        });
    }

    private final java.util.Set<Scene> attached = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    private void attach(Scene target) {
        target.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.CONTROL && keyAt == 0) {
                keyAt = System.nanoTime();
                keyCpu = threads.getThreadCpuTime(fxThread);
            }
        });
        target.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            if (keyAt == 0) {
                keyAt = System.nanoTime();
                keyCpu = threads.getThreadCpuTime(fxThread);
            }
        });
        target.addPreLayoutPulseListener(() -> {
            if (keyAt != 0 && doneAt == 0) {
                pulseCpu = threads.getThreadCpuTime(fxThread);
            }
        });
        target.addPostLayoutPulseListener(() -> {
            if (keyAt != 0 && doneAt == 0 && shown.getAsBoolean()) {
                doneAt = System.nanoTime();
                doneCpu = threads.getThreadCpuTime(fxThread);
                framePulseCpu.computeIfAbsent(gestureName, k -> new ArrayList<>()).add((doneCpu - pulseCpu) / 1e6);
            }
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
        return trace((doneAt - keyAt) / 1e6, (doneCpu - keyCpu) / 1e6);
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
                    && value.equals(context.state().snapshotProperty().get().nodes().get(0).labels().get("bench.dsstudio.io/latency"))));
            Thread.sleep(300);
        }
        return line("Preview (Ctrl+P) of a staged label edit", previews) + p90(previews) + "\n" + line("Commit (Ctrl+Enter) of it", commits);
    }

    /**
     * With the map shown: Ctrl+I opens the why panel of a node and a DaemonSet that does not run there because of a
     * taint it does not tolerate; a click on its "remove the taint from this node" fix stages the node edit, previewed
     * (the what-if computed), and the map shows the node's ghost. Each is timed from the input to its frame.
     */
    private String whyAndQuickFix(int runs) throws Exception {
        String[] pair = onFx(this::taintedPair);
        if (pair == null) {
            return "why panel: no node with a user taint that a DaemonSet does not tolerate";
        }
        onFx(() -> {
            context.mainModel().selectedViewProperty().set(viewIndex("tabMap"));
            context.state().selectedDaemonSetProperty().set(pair[1]);
            context.state().selectNodes(List.of(pair[0]));
            return null;
        });
        Thread.sleep(2000);
        settleForecast();
        List<Double> opens = new ArrayList<>();
        List<Double> staged = new ArrayList<>();
        List<Double> onMap = new ArrayList<>();
        for (int i = 0; i <= runs; i++) {
            gestureName = "Why panel (Ctrl+I)";
            opens.add(gesture(KeyCode.I, () -> {
                Node fix = whyLookup(pair[2]);
                return fix != null && fix.isVisible() && fix.getLayoutBounds().getWidth() > 0
                        && pair[0].equals(context.whyModel().nodeProperty().get());
            }));
            Thread.sleep(300);
            gestureName = "Quick fix staged and previewed";
            staged.add(click(pair[2], () -> context.state().previewProperty().get() != null
                    && !context.state().tasks().runningProperty().get()));
            gestureName = "Quick fix on the map";
            fxCpu.computeIfAbsent(gestureName, k -> new ArrayList<>()).add(fxCpu.get("Quick fix staged and previewed")
                    .get(fxCpu.get("Quick fix staged and previewed").size() - 1));
            onMap.add(lastMapGhost);
            Thread.sleep(300);
            onFx(() -> {
                context.state().discard();
                context.whyPanel().hide();
                return null;
            });
            Thread.sleep(500);
        }
        return line("Why panel (Ctrl+I)", opens) + "\n" + line("Quick fix staged and previewed", staged) + p90(staged) + "\n"
                + wallLine("Quick fix on the map", onMap) + p90(onMap) + " | (from the same click; FX CPU as above) | its frame painted at most "
                + mostGhostTilesPainted + " tiles" + gcDuring("Quick fix");
    }

    private volatile double lastMapGhost;

    /**
     * Waits for the rollout forecast that showing the map started (once per snapshot: at 10,000 nodes it runs many
     * syncs, seconds of CPU), so the gestures are timed on the app at rest, not beside the open's trailing work;
     * prints how long it took. {@code -Dbench.settle=false} times them at once, as before.
     */
    private void settleForecast() throws Exception {
        if (!Boolean.parseBoolean(System.getProperty("bench.settle", "true"))) {
            return;
        }
        String computing = new io.dsstudio.ui.common.Messages(Locale.ENGLISH).get("rollout.forecast.computing");
        long from = System.nanoTime();
        waitFor(() -> !computing.equals(context.rolloutModel().forecastHeadlineProperty().get()));
        System.out.printf(Locale.ROOT, "(the rollout forecast of the map's DaemonSet ended %.1f s after the map was shown)%n",
                2 + (System.nanoTime() - from) / 1e9);
        Thread.sleep(500);
    }
    /** Per gesture: milliseconds the JVM's collectors paused (young, mixed, full) between the input and its frame. */
    private final java.util.Map<String, List<Double>> gcPauses = new java.util.HashMap<>();

    private static long gcMillis() {
        long total = 0;
        for (java.lang.management.GarbageCollectorMXBean gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }

    /** The warm runs' GC pauses during a gesture: median and most, and in how many runs the GC paused at all. */
    private String gcDuring(String what) {
        List<Double> all = gcPauses.getOrDefault(what, List.of());
        if (all.size() < 2) {
            return "";
        }
        List<Double> warm = new ArrayList<>(all.subList(1, all.size()));
        Collections.sort(warm);
        long paused = warm.stream().filter(ms -> ms > 0).count();
        return String.format(Locale.ROOT, " | GC pauses during it: median %.0f ms, max %.0f ms, in %d of %d runs",
                warm.get(warm.size() / 2), warm.get(warm.size() - 1), paused, warm.size());
    }

    /** The 90th percentile of the warm runs (nearest rank). */
    private static String p90(List<Double> times) {
        List<Double> warm = new ArrayList<>(times.subList(1, times.size()));
        Collections.sort(warm);
        int rank = (int) Math.ceil(0.9 * warm.size()) - 1;
        return String.format(Locale.ROOT, " | p90 %.1f ms", warm.get(Math.max(0, rank)));
    }
    /** Tiles painted by the frame that showed the quick fix's ghost, the last and the most of the runs. */
    private volatile int lastGhostTilesPainted;
    private int mostGhostTilesPainted;

    /**
     * The map fitted to the whole cluster, focused: an arrow key moves the keyboard focus to the next tile, which
     * redraws the whole map (every tile is in view), and {@code 0} fits it again, which lays the tiles out afresh and
     * redraws; each timed from the key to the end of the layout pass that painted it.
     */
    private String mapRedraw(int runs) throws Exception {
        io.dsstudio.ui.nodemap.NodeMapView map = onFx(() -> {
            context.mainModel().selectedViewProperty().set(viewIndex("tabMap"));
            return (io.dsstudio.ui.nodemap.NodeMapView) scene.lookup("#nodeMap");
        });
        Thread.sleep(1000);
        List<Double> redraws = new ArrayList<>();
        List<Double> fits = new ArrayList<>();
        int[] arrowRepaint = {0, 0};
        for (int i = 0; i <= runs; i++) {
            onFx(() -> {
                scene.getWindow().requestFocus();
                map.fitToWindow();
                map.requestFocus();
                return null;
            });
            Thread.sleep(300);
            String before = onFx(map::getFocusedNode);
            KeyCode key = onFx(() -> before == null || map.getLayout().neighbour(before, io.dsstudio.ui.nodemap.NodeMapLayout.Direction.RIGHT) != null
                    ? KeyCode.RIGHT : KeyCode.LEFT);
            gestureName = "Map redraw (arrow key, fitted)";
            redraws.add(press(key, () -> map.isFitted() && map.getFocusedNode() != null && !map.getFocusedNode().equals(before)));
            arrowRepaint[0] = Math.max(arrowRepaint[0], onFx(() -> ((io.dsstudio.ui.nodemap.NodeMapSkin) map.getSkin()).lastTilesPainted()));
            arrowRepaint[1] = Math.max(arrowRepaint[1], onFx(() -> ((io.dsstudio.ui.nodemap.NodeMapSkin) map.getSkin()).lastRectangles()));
            Thread.sleep(300);
            int layouts = onFx(() -> System.identityHashCode(map.getLayout()));
            gestureName = "Map fitted again (0 key)";
            fits.add(press(KeyCode.DIGIT0, () -> System.identityHashCode(map.getLayout()) != layouts && map.isFitted()));
            Thread.sleep(300);
        }
        int tiles = onFx(() -> map.getLayout().tiles().size());
        io.dsstudio.ui.nodemap.NodeMapSkin skin = onFx(() -> (io.dsstudio.ui.nodemap.NodeMapSkin) map.getSkin());
        return line("Map redraw (arrow key, fitted)", redraws) + framePulse("Map redraw (arrow key, fitted)") + " | " + tiles + " tiles, "
                + String.format(Locale.ROOT, "%.1f px", onFx(() -> map.getZoom() * io.dsstudio.ui.nodemap.NodeMapLayout.TILE))
                + ", an arrow key repainted at most " + arrowRepaint[0] + " tiles in " + arrowRepaint[1] + " rectangles"
                + "\n" + line("Map fitted again (0 key)", fits) + "\n" + mapRecolour(runs, map, skin);
    }

    /**
     * The map fitted, every tile recoloured: with the map's DaemonSet picker focused, the down arrow picks the next
     * DaemonSet, which colours the tiles afresh; timed from the key to the frame whose paint covered every tile.
     * The pair of neighbouring DaemonSets used is the first whose colourings differ on most tiles (found untimed).
     */
    @SuppressWarnings("unchecked")
    private String mapRecolour(int runs, io.dsstudio.ui.nodemap.NodeMapView map, io.dsstudio.ui.nodemap.NodeMapSkin skin) throws Exception {
        javafx.scene.control.ComboBox<String> picker = onFx(() -> (javafx.scene.control.ComboBox<String>) scene.lookup("#mapDaemonSet"));
        int tiles = onFx(() -> map.getTiles().size());
        int items = onFx(() -> picker.getItems().size());
        int from = 0;
        int mostChanged = -1;
        for (int i = 0; i + 1 < items && mostChanged < tiles / 2; i++) {
            int changed = coloursChanged(picker, map, i);
            if (changed > mostChanged) {
                mostChanged = changed;
                from = i;
            }
        }
        int first = from;
        String next = onFx(() -> picker.getItems().get(first + 1));
        List<Double> times = new ArrayList<>();
        int[] painted = {Integer.MAX_VALUE, 0};
        for (int i = 0; i <= runs; i++) {
            onFx(() -> {
                map.fitToWindow();
                picker.getSelectionModel().select(first);
                scene.getWindow().requestFocus();
                picker.requestFocus();
                return null;
            });
            Thread.sleep(500);
            int paintsBefore = onFx(skin::paints);
            gestureName = "Map recoloured (next DaemonSet, fitted)";
            times.add(press(KeyCode.DOWN, () -> skin.paints() > paintsBefore && next.equals(context.mapModel().daemonSetProperty().get())
                    && skin.lastTilesPainted() >= tiles));
            painted[0] = Math.min(painted[0], onFx(skin::lastTilesPainted));
            painted[1] = Math.max(painted[1], onFx(skin::lastRectangles));
            Thread.sleep(300);
        }
        return line("Map recoloured (next DaemonSet, fitted)", times) + framePulse("Map recoloured (next DaemonSet, fitted)") + " | " + mostChanged + " of " + tiles
                + " tiles change colour, " + painted[0] + " painted in " + painted[1] + " rectangle(s)";
    }

    /** How many tiles change colour from the picker's DaemonSet {@code i} to {@code i + 1} (set directly, untimed). */
    private int coloursChanged(javafx.scene.control.ComboBox<String> picker, io.dsstudio.ui.nodemap.NodeMapView map, int i) throws Exception {
        onFx(() -> {
            picker.getSelectionModel().select(i);
            return null;
        });
        Thread.sleep(300);
        List<io.dsstudio.ui.nodemap.MapColor> before = onFx(() -> map.getTiles().stream().map(io.dsstudio.ui.nodemap.MapTile::color).toList());
        onFx(() -> {
            picker.getSelectionModel().select(i + 1);
            return null;
        });
        Thread.sleep(300);
        List<io.dsstudio.ui.nodemap.MapColor> after = onFx(() -> map.getTiles().stream().map(io.dsstudio.ui.nodemap.MapTile::color).toList());
        int changed = 0;
        for (int t = 0; t < Math.min(before.size(), after.size()); t++) {
            changed += before.get(t) == after.get(t) ? 0 : 1;
        }
        return changed;
    }

    /** Presses a key (no modifier) through the OS; returns ms from the key event to the frame where {@code result} holds. */
    private double press(KeyCode key, BooleanSupplier result) throws Exception {
        keyAt = 0;
        doneAt = 0;
        shown = result;
        onFx(() -> {
            robot[0].keyPress(key);
            robot[0].keyRelease(key);
            return null;
        });
        long deadline = System.nanoTime() + TIMEOUT_NANOS;
        while (doneAt == 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no result within 60 s after " + key);
            }
            Platform.requestNextPulse();
            Thread.sleep(1);
        }
        fxCpu.computeIfAbsent(gestureName, k -> new ArrayList<>()).add((doneCpu - keyCpu) / 1e6);
        return trace((doneAt - keyAt) / 1e6, (doneCpu - keyCpu) / 1e6);
    }

    /** Clicks a control of the why panel through the OS; returns ms to the frame where {@code result} holds. */
    private double click(String id, BooleanSupplier result) throws Exception {
        keyAt = 0;
        doneAt = 0;
        shown = result;
        long[] ghostAt = {0};
        String node = onFx(() -> context.whyModel().nodeProperty().get());
        io.dsstudio.ui.nodemap.NodeMapView map = onFx(() -> (io.dsstudio.ui.nodemap.NodeMapView) scene.lookup("#nodeMap"));
        int at = onFx(() -> {
            for (int i = 0; i < map.getTiles().size(); i++) {
                if (map.getTiles().get(i).name().equals(node)) {
                    return i;
                }
            }
            return -1;
        });
        // the tile the map view draws (one look-up per change and per pulse: scanning 10,000 tiles per pulse would count
        // as the app's work). The frame that shows the ghost is the first whose layout pass painted the map after the
        // tile changed: the map paints in its layout pass, so a tile replaced after it waits for the next pulse.
        io.dsstudio.ui.nodemap.NodeMapSkin skin = onFx(() -> (io.dsstudio.ui.nodemap.NodeMapSkin) map.getSkin());
        int[] paintsWhenGhosted = {-1};
        javafx.collections.ListChangeListener<io.dsstudio.ui.nodemap.MapTile> ghosted = c -> {
            if (keyAt != 0 && paintsWhenGhosted[0] < 0 && at >= 0 && at < map.getTiles().size()
                    && map.getTiles().get(at).ghost() != io.dsstudio.ui.nodemap.MapTile.Ghost.NONE) {
                paintsWhenGhosted[0] = skin.paints();
            }
        };
        Runnable ghostCheck = () -> {
            if (keyAt != 0 && ghostAt[0] == 0 && paintsWhenGhosted[0] >= 0 && skin.paints() > paintsWhenGhosted[0]) {
                ghostAt[0] = System.nanoTime();
                lastGhostTilesPainted = skin.lastTilesPainted();
            }
        };
        long gcBefore = gcMillis();
        onFx(() -> {
            map.getTiles().addListener(ghosted);
            scene.addPostLayoutPulseListener(ghostCheck);
            Node target = whyLookup(id);
            javafx.geometry.Bounds b = target.localToScreen(target.getLayoutBounds());
            robot[0].mouseMove(b.getCenterX(), b.getCenterY());
            robot[0].mouseClick(javafx.scene.input.MouseButton.PRIMARY);
            return null;
        });
        long deadline = System.nanoTime() + TIMEOUT_NANOS;
        while (doneAt == 0 || ghostAt[0] == 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no result within 60 s after clicking " + id + " (staged: " + (doneAt != 0)
                        + ", ghost on the map: " + (ghostAt[0] != 0) + ")");
            }
            Platform.requestNextPulse();
            Thread.sleep(1);
        }
        onFx(() -> {
            scene.removePostLayoutPulseListener(ghostCheck);
            map.getTiles().removeListener(ghosted);
            return null;
        });
        lastMapGhost = (ghostAt[0] - keyAt) / 1e6;
        mostGhostTilesPainted = Math.max(mostGhostTilesPainted, lastGhostTilesPainted);
        gcPauses.computeIfAbsent("Quick fix", k -> new ArrayList<>()).add((double) (gcMillis() - gcBefore));
        fxCpu.computeIfAbsent(gestureName, k -> new ArrayList<>()).add((doneCpu - keyCpu) / 1e6);
        return trace((doneAt - keyAt) / 1e6, (doneCpu - keyCpu) / 1e6);
    }

    /**
     * With {@code -Dbench.trace=true} prints each run as it ends, with the time of day, to find it in a JFR recording
     * (the slowest runs: what the other threads and the GC did then).
     */
    private double trace(double wallMillis, double fxCpuMillis) {
        if (Boolean.getBoolean("bench.trace")) {
            System.out.printf(Locale.ROOT, "  %s %s: %.1f ms wall, %.1f ms FX CPU%n", java.time.LocalTime.now(), gestureName,
                    wallMillis, fxCpuMillis);
        }
        return wallMillis;
    }

    /** A control of the why panel while it is shown (docked in the main window), else null. */
    private Node whyLookup(String id) {
        Node panel = scene.lookup("#whyPanel");
        return panel != null && panel.isVisible() && panel.isManaged() && panel.getLayoutBounds().getHeight() > 0
                ? panel.lookup(id) : null;
    }

    /**
     * A node with a taint of its own (not node.kubernetes.io/*), a DaemonSet that does not tolerate it, and the index
     * of the why panel's "remove the taint" button among its fixes.
     */
    private String[] taintedPair() {
        var snapshot = context.state().snapshotProperty().get();
        for (io.dsstudio.domain.ClusterNode node : snapshot.nodes()) {
            if (node.taints().stream().allMatch(t -> t.key().startsWith("node.kubernetes.io/"))) {
                continue;
            }
            for (DaemonSet ds : snapshot.daemonSets()) {
                var checks = io.dsstudio.reconcile.PlacementChecklist.of(node, ds).checks();
                boolean onlyTheTaintFails = checks.stream().filter(r -> r.status() == io.dsstudio.reconcile.ChecklistRow.Status.FAIL)
                        .allMatch(r -> "TaintToleration".equals(r.rule()));
                if (!onlyTheTaintFails) {
                    continue; // removing the taint must be all it takes, so the map gains a pod there
                }
                List<io.dsstudio.reconcile.QuickFix> fixes = checks.stream().flatMap(r -> r.fixes().stream()).toList();
                for (int i = 0; i < fixes.size(); i++) {
                    if (fixes.get(i) instanceof io.dsstudio.reconcile.QuickFix.RemoveNodeTaint) {
                        return new String[] {node.name(), ds.key(), "#whyFix" + i};
                    }
                }
            }
        }
        return null;
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

    /** The warm median FX-thread CPU of the pulse (CSS and layout, where the map paints) that showed the result. */
    private String framePulse(String what) {
        List<Double> all = framePulseCpu.get(what);
        List<Double> warm = new ArrayList<>(all.subList(1, all.size()));
        Collections.sort(warm);
        return String.format(Locale.ROOT, " | its frame's pulse (CSS + layout + paint) FX CPU warm median %5.1f ms, max %5.1f ms",
                warm.get(warm.size() / 2), warm.get(warm.size() - 1));
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
