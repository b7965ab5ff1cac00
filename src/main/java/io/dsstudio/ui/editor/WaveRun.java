package io.dsstudio.ui.editor;

import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * Run to end shown wave by wave: one controller sync per {@link #next()} until nothing is left. The run's syncs are
 * handed to {@code ended} (to become one undo step) unless the snapshot changed under the run or a sync failed.
 */
final class WaveRun {
    /** Starts one sync in the background; exactly one of the two runs when it is executed or not. */
    interface Step {
        void start(Runnable afterExecuted, Runnable notExecuted);
    }

    private final BooleanSupplier busy;
    private final BooleanSupplier canStep;
    private final Step step;
    private final IntConsumer ended;
    private int steps;
    /** A wave's sync is being computed, the run is to end when it is done, a wave was dropped. */
    private boolean waveInFlight;
    private boolean endPending;
    private boolean broken;

    /**
     * @param busy    whether a command is being computed
     * @param canStep whether another sync would change anything
     * @param ended   called with the number of syncs of a run that ended whole (more than 0)
     */
    WaveRun(BooleanSupplier busy, BooleanSupplier canStep, Step step, IntConsumer ended) {
        this.busy = busy;
        this.canStep = canStep;
        this.step = step;
        this.ended = ended;
    }

    /**
     * Starts the next wave. A call while the last wave's sync is still computed waits for it (does nothing, returns
     * true). Returns false when the run has ended (converged, or a wave failed, was cancelled or dropped).
     */
    boolean next() {
        if (waveInFlight && busy.getAsBoolean()) {
            return true;
        }
        if (waveInFlight || broken) {
            // the wave's task was cancelled (no callback came) or its result was dropped
            waveInFlight = false;
            end();
            return false;
        }
        if (busy.getAsBoolean()) {
            return true;
        }
        if (canStep.getAsBoolean()) {
            waveInFlight = true;
            step.start(() -> waveDone(true), () -> waveDone(false));
            return true;
        }
        end();
        return false;
    }

    private void waveDone(boolean executed) {
        waveInFlight = false;
        if (executed) {
            steps++;
        } else {
            broken = true;
        }
        if (endPending) {
            end();
        }
    }

    /** Ends the run (converged or stopped); while a wave is still computed, the run ends when it is done. */
    void end() {
        if (waveInFlight && busy.getAsBoolean()) {
            endPending = true;
            return;
        }
        endPending = false;
        waveInFlight = false;
        if (broken) {
            // the snapshot changed under the run (or a sync failed): its syncs stay separate undo steps
            broken = false;
            steps = 0;
            return;
        }
        if (steps > 0) {
            ended.accept(steps);
        }
        steps = 0;
    }
}
