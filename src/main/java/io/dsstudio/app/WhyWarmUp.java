package io.dsstudio.app;

import io.dsstudio.ui.common.StudioState;
import io.dsstudio.ui.why.WhyPanel;
import io.dsstudio.ui.why.WhyViewModel;
import javafx.animation.AnimationTimer;
import javafx.beans.InvalidationListener;
import javafx.scene.Scene;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Makes the "why" panel's controls once the first snapshot is planned and the window is idle: its first Ctrl+I then
 * finds their skins and styles made and the checklist's code run, instead of making them while the user waits
 * (at 10,000 nodes that first opening took 300–600 ms, a later one 40 ms).
 */
public final class WhyWarmUp {
    /** Half a second of frames that came on time: the views showing the plan have been made (10,000 nodes: seconds). */
    static final int CALM_PULSES = 30;
    /** A frame later than this after the one before means the FX thread was busy. */
    private static final long CALM_GAP_NANOS = TimeUnit.MILLISECONDS.toNanos(25);

    private WhyWarmUp() {
    }

    public static void afterFirstPlan(StudioState state, WhyViewModel model, Supplier<WhyPanel> panel, Supplier<Scene> window) {
        InvalidationListener[] once = new InvalidationListener[1];
        once[0] = o -> {
            if (state.planProperty().get() == null) {
                return;
            }
            state.planProperty().removeListener(once[0]);
            whenCalm(() -> {
                Scene scene = window.get();
                if (scene != null && state.snapshotProperty().get() != null) {
                    panel.get().warmUp(scene.getStylesheets(), model.defaultNode(), model.defaultDaemonSet());
                }
            });
        };
        state.planProperty().addListener(once[0]);
        once[0].invalidated(state.planProperty());
    }

    /** Runs {@code then} on the FX thread after {@link #CALM_PULSES} frames in a row came on time. */
    private static void whenCalm(Runnable then) {
        new AnimationTimer() {
            private long last;
            private int calm;

            @Override
            public void handle(long now) {
                calm = last != 0 && now - last < CALM_GAP_NANOS ? calm + 1 : 0;
                last = now;
                if (calm >= CALM_PULSES) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }
}
