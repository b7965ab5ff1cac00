package io.dsstudio.app;

import io.dsstudio.ui.common.Pulses;
import io.dsstudio.ui.common.StudioState;
import io.dsstudio.ui.overview.OverviewViewModel;
import io.dsstudio.workspace.SnapshotSource;
import javafx.application.Platform;
import javafx.beans.Observable;

import java.time.Duration;

/**
 * {@code --smoke}: quits (status 0) once the window has rendered its first frame, or, with
 * {@code -Ddsstudio.smoke=planned}, once the snapshot opened at start is shown as a user sees it complete: read,
 * planned, and the overview's summary of that plan made with every cross-object warning (they are checked on a runner
 * of their own, and may come after the plan); and prints
 * when, counted from the start of the process (see {@link ProcessAge}) and as the wall clock's epoch milliseconds (for a
 * script that notes the time before it starts the process: {@code src/bench/launch.sh}). The start-up benchmarks use it, and the packager's AppCDS training
 * run with {@code -Ddsstudio.smoke=views}: after the first frame, once planned, every view is shown in turn, so the
 * archive also holds the classes of the views built when first shown. In the {@value #PLANNED} mode it also prints
 * each step of the open as it happens (snapshot set, plan set, warnings checked), without waiting for a frame.
 */
final class SmokeExit {
    static final String UNTIL_PROPERTY = "dsstudio.smoke";
    static final String PLANNED = "planned";
    static final String VIEWS = "views";

    private final StudioState state;
    private final OverviewViewModel overview;
    private boolean ready;
    private Runnable afterPlanned = () -> { };

    private SmokeExit(StudioState state, OverviewViewModel overview) {
        this.state = state;
        this.overview = overview;
    }

    /**
     * Call right after the window is shown (and the initial snapshot is being opened).
     *
     * @param until      {@value #PLANNED}, {@value #VIEWS} or anything else (the first frame)
     * @param views      the views to show in turn for {@value #VIEWS}, each an action that selects one
     */
    static void install(StudioState state, OverviewViewModel overview, String until, java.util.List<Runnable> views) {
        SmokeExit smoke = new SmokeExit(state, overview);
        if (PLANNED.equals(until)) {
            smoke.reportSteps();
        }
        smoke.afterTwoFrames(() -> {
            smoke.report("first frame");
            if (PLANNED.equals(until)) {
                smoke.whenPlanned(Platform::exit);
            } else if (VIEWS.equals(until)) {
                smoke.whenPlanned(() -> smoke.showInTurn(views, 0));
            } else {
                Platform.exit();
            }
        });
    }

    private void showInTurn(java.util.List<Runnable> views, int next) {
        if (next == views.size()) {
            Platform.exit();
            return;
        }
        views.get(next).run();
        afterTwoFrames(() -> showInTurn(views, next + 1));
    }

    /** The first pulse has rendered what was ready before it once the second one arrives. */
    private void afterTwoFrames(Runnable then) {
        Pulses.inPulse(2, then);
    }

    /** Each step of the open when it lands on the FX thread: what the final line's time is made of. */
    private void reportSteps() {
        // set right after the snapshot (whose listeners run first): the opened snapshot is then on screen
        state.sourceProperty().addListener(o -> {
            if (state.sourceProperty().get().kind() != SnapshotSource.Kind.NONE) {
                report("step: snapshot set");
            }
        });
        state.planProperty().addListener((o, was, plan) -> {
            if (plan != null) {
                report("step: plan set");
            }
        });
        overview.checkingProperty().addListener((o, was, checking) -> {
            if (!checking) {
                report("step: warnings checked");
            }
        });
    }

    private void whenPlanned(Runnable then) {
        this.afterPlanned = then;
        for (Observable changed : java.util.List.of(state.planProperty(), state.tasks().runningProperty(), state.sourceProperty(),
                overview.busyProperty(), overview.checkingProperty(), overview.summaryProperty())) {
            changed.addListener(o -> checkPlanned());
        }
        checkPlanned();
    }

    /**
     * Planned, and the overview's summary made and holding every warning; an overview that is not shown makes no
     * summary and is not waited for (its runners then stay idle).
     */
    private void checkPlanned() {
        if (!ready && state.planProperty().get() != null && !state.tasks().runningProperty().get()
                && state.sourceProperty().get().kind() != SnapshotSource.Kind.NONE
                && !overview.busyProperty().get() && !overview.checkingProperty().get()
                && summaryShown() && !overview.summaryProperty().get().warningsPending()) {
            ready = true;
            afterTwoFrames(() -> {
                report("planned and shown (" + state.snapshotProperty().get().nodes().size() + " nodes)");
                afterPlanned.run();
            });
        }
    }

    /**
     * A shown overview has a summary of a plan: its job may not have started yet when the plan is set (this class's
     * invalidation listeners run before the overview's change listener starts it), and the empty summary before it
     * has no warnings pending either.
     */
    private boolean summaryShown() {
        return !overview.activeProperty().get() || overview.summaryProperty().get() != io.dsstudio.ui.overview.OverviewSummary.EMPTY;
    }

    /** Wall time, and CPU time (the process's and the FX thread's, which other processes on the machine do not inflate). */
    private void report(String what) {
        long epochMillis = System.currentTimeMillis();
        long wall = ProcessAge.millis();
        long processCpu = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        long fxCpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
        // the CLI's standard error, made only now: it is not part of what the first frame waits for
        java.io.PrintWriter err = io.dsstudio.cli.Output.system().err();
        err.printf("smoke: %s %d ms after the process started (CPU: process %d ms, FX thread %d ms; at epoch %d ms)%n",
                what, wall, processCpu, fxCpu, epochMillis);
        if (Boolean.getBoolean(ThreadCpuTable.PROPERTY)) {
            ThreadCpuTable.lines().forEach(err::println);
        }
        err.flush();
    }
}
