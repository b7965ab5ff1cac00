package io.dsstudio.app;

import io.dsstudio.ui.common.Pulses;

import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * {@code --smoke}'s line for when the window's content (menus, the first view, status bar) has been rendered, after
 * the first frame that shows the window alone ({@link ShellFirst}); {@code src/bench/launch.sh} reads it.
 */
final class SmokeReport {
    private SmokeReport() {
    }

    /** Call once the content is in the scene: prints in the second pulse after it, when it has been rendered. */
    static void filled() {
        Pulses.inPulse(2, () -> {
            long processCpu = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
            long fxCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
            java.io.PrintWriter err = io.dsstudio.cli.Output.system().err();
            err.printf("smoke: window filled %d ms after the process started (CPU: process %d ms, FX thread %d ms)%n",
                    ProcessAge.millis(), processCpu, fxCpu);
            err.flush();
        });
    }
}
