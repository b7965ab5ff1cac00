package io.dsstudio.ui.common;

import javafx.animation.AnimationTimer;

/** Work for a later pulse of the FX thread's frame loop: after frames that show something have been rendered. */
public final class Pulses {
    private Pulses() {
    }

    /**
     * Runs {@code then} on the FX thread as the {@code n}-th pulse from now starts: the frames of the pulses before it
     * have been laid out and rendered (in the second pulse, the first frame is on screen). Returns the started timer;
     * stopping it drops {@code then} if it has not run.
     */
    public static AnimationTimer inPulse(int n, Runnable then) {
        AnimationTimer timer = new AnimationTimer() {
            private int pulses;
            private boolean stopped;

            @Override
            public void handle(long now) {
                // a timer stopped by another one's handler in this same pulse may still be called in it
                if (!stopped && ++pulses == n) {
                    stop();
                    then.run();
                }
            }

            @Override
            public void stop() {
                stopped = true;
                super.stop();
            }
        };
        timer.start();
        return timer;
    }
}
