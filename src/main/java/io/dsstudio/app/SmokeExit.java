package io.dsstudio.app;

import io.dsstudio.ui.common.StudioState;
import io.dsstudio.workspace.SnapshotSource;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.Observable;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;

/**
 * {@code --smoke}: quits (status 0) once the window has rendered its first frame, or, with
 * {@code -Ddsstudio.smoke=planned}, once the snapshot opened at start has been read, planned and shown; and prints
 * when, counted from the start of the process. The packager's AppCDS training run and the start-up benchmarks use it.
 */
final class SmokeExit {
    static final String UNTIL_PROPERTY = "dsstudio.smoke";
    static final String PLANNED = "planned";

    private final StudioState state;
    private final PrintStream out;
    private final Instant processStart = ProcessHandle.current().info().startInstant().orElse(Instant.now());
    private boolean ready;

    private SmokeExit(StudioState state, PrintStream out) {
        this.state = state;
        this.out = out;
    }

    /** Call right after the window is shown (and the initial snapshot is being opened). */
    static void install(StudioState state, boolean untilPlanned) {
        SmokeExit smoke = new SmokeExit(state, System.err);
        smoke.afterTwoFrames(() -> {
            smoke.report("first frame");
            if (untilPlanned) {
                smoke.exitWhenPlanned();
            } else {
                Platform.exit();
            }
        });
    }

    /** The first pulse has rendered what was ready before it once the second one arrives. */
    private void afterTwoFrames(Runnable then) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames == 2) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }

    private void exitWhenPlanned() {
        for (Observable changed : java.util.List.of(state.planProperty(), state.tasks().runningProperty(), state.sourceProperty())) {
            changed.addListener(o -> checkPlanned());
        }
        checkPlanned();
    }

    private void checkPlanned() {
        if (!ready && state.planProperty().get() != null && !state.tasks().runningProperty().get()
                && state.sourceProperty().get().kind() != SnapshotSource.Kind.NONE) {
            ready = true;
            afterTwoFrames(() -> {
                report("planned and shown (" + state.snapshotProperty().get().nodes().size() + " nodes)");
                Platform.exit();
            });
        }
    }

    private void report(String what) {
        out.printf("smoke: %s %d ms after the process started%n", what, Duration.between(processStart, Instant.now()).toMillis());
    }
}
