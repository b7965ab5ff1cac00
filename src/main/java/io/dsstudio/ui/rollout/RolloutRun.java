package io.dsstudio.ui.rollout;

import io.dsstudio.domain.Snapshot;
import io.dsstudio.simulation.Simulator;
import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.common.StudioState;
import io.dsstudio.workspace.EmbeddedController;
import io.dsstudio.workspace.SnapshotCommand;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.util.Duration;

import java.util.List;

/**
 * The dock's Step, Run to end and Stop through the embedded controller and the commands runner, as the editor's:
 * each sync is computed in the background and executed (one undo step each) unless the snapshot moved on
 * meanwhile; a run shows each sync before starting the next and becomes one undo step when it ends.
 */
final class RolloutRun {
    /** Run to end starts the next sync this long after the last one was shown, so each can be watched. */
    static final Duration WAVE_DELAY = Duration.millis(80);

    private final StudioState state;
    private final EmbeddedController controller;
    private final Messages messages;
    private final ReadOnlyBooleanWrapper canStep;
    private final ReadOnlyStringWrapper message;
    private final Runnable ended;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final Timeline waves = new Timeline();
    private int runSteps;
    private boolean waveInFlight;
    private boolean runBroken;
    private boolean stopRequested;
    private Snapshot runAt;

    /**
     * @param canStep whether another sync would change anything: read before each wave, set after each sync
     * @param message where the outcome is said
     * @param ended   called when a run has ended
     */
    RolloutRun(StudioState state, EmbeddedController controller, Messages messages, ReadOnlyBooleanWrapper canStep,
               ReadOnlyStringWrapper message, Runnable ended) {
        this.state = state;
        this.controller = controller;
        this.messages = messages;
        this.canStep = canStep;
        this.message = message;
        this.ended = ended;
        waves.getKeyFrames().setAll(new KeyFrame(WAVE_DELAY, e -> {
            if (!runWave()) {
                finishRun();
            }
        }));
        waves.setCycleCount(Animation.INDEFINITE);
    }

    boolean isRunning() {
        return running.get();
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** One controller sync of the whole cluster, computed in the background. */
    void step() {
        if (state.commands().runningProperty().get() || running.get()) {
            return;
        }
        stepOnce(() -> message.set(messages.get("rollout.message.stepped")), () -> { });
    }

    private void stepOnce(Runnable executed, Runnable notExecuted) {
        Snapshot from = state.snapshotProperty().get();
        state.commands().run("task.rolloutStep", p -> {
            SnapshotCommand command = controller.step(from);
            return new Computed(command, controller.converged(command.after()));
        }, done -> {
            if (state.snapshotProperty().get() != from) {
                message.set(messages.get("rollout.message.stale"));
                notExecuted.run();
                return;
            }
            state.execute(done.command());
            canStep.set(!done.converged());
            executed.run();
        }, failed -> {
            message.set(messages.get("rollout.message.failed", failed.getMessage() == null ? failed.toString() : failed.getMessage()));
            notExecuted.run();
        });
    }

    private record Computed(SnapshotCommand command, boolean converged) {
    }

    /** Runs syncs one at a time, each shown before the next, until nothing is left or {@link #stop()}. */
    void runToEnd() {
        if (running.get() || state.commands().runningProperty().get() || !canStep.get()) {
            return;
        }
        runSteps = 0;
        runBroken = false;
        waveInFlight = false;
        stopRequested = false;
        runAt = state.snapshotProperty().get();
        running.set(true);
        message.set(messages.get("rollout.message.running"));
        waves.play();
    }

    /** One tick of a run: starts the next sync, or waits for the one computed; false when the run is over. */
    boolean runWave() {
        if (waveInFlight) {
            if (state.commands().runningProperty().get()) {
                return true;
            }
            // the wave's task ended without a result (cancelled from the status bar, or by another command)
            waveInFlight = false;
            runBroken = true;
            return false;
        }
        if (stopRequested || runBroken || runSteps >= Simulator.MAX_SYNCS || !canStep.get()) {
            return false;
        }
        if (state.snapshotProperty().get() != runAt) {
            // something else changed the snapshot under the run: its syncs stay separate undo steps
            runBroken = true;
            return false;
        }
        if (state.commands().runningProperty().get()) {
            return true;
        }
        waveInFlight = true;
        stepOnce(() -> {
            waveInFlight = false;
            runSteps++;
            runAt = state.snapshotProperty().get();
            if (stopRequested) {
                finishRun();
            }
        }, () -> {
            waveInFlight = false;
            runBroken = true;
            if (stopRequested) {
                finishRun();
            }
        });
        return true;
    }

    /** Stops a run: at once, or after the sync being computed is shown; its syncs become one undo step. */
    void stop() {
        if (!running.get()) {
            return;
        }
        stopRequested = true;
        if (!waveInFlight) {
            finishRun();
        }
    }

    private void finishRun() {
        if (!running.get()) {
            return;
        }
        waves.stop();
        waveInFlight = false;
        stopRequested = false;
        running.set(false);
        if (runSteps > 0 && !runBroken) {
            state.squash(runSteps, "command.runToEnd", List.of(runSteps));
        }
        message.set(runBroken ? messages.get("rollout.message.interrupted", runSteps)
                : messages.get(canStep.get() ? "rollout.message.stopped" : "rollout.message.converged", runSteps));
        runSteps = 0;
        runBroken = false;
        ended.run();
    }

}
