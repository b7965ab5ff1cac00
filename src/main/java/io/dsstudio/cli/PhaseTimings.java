package io.dsstudio.cli;

import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * {@code --timings}: how long each phase of a command took, printed to standard error as it ends: wall time,
 * the process's CPU time (every thread: readers, JIT, GC) and the time spent in garbage collection. On a shared
 * machine the CPU time says what a phase costs; the wall time also holds the wait for a core.
 */
final class PhaseTimings {
    private final PrintWriter err;
    private final boolean enabled;
    private long wall;
    private long cpu;
    private long gc;

    PhaseTimings(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
        restart();
    }

    /** Starts timing the next phase. */
    void restart() {
        if (enabled) {
            wall = System.nanoTime();
            cpu = processCpuNanos();
            gc = gcMillis();
        }
    }

    /** Prints the phase that ends now and starts the next. */
    void lap(String phase) {
        if (!enabled) {
            return;
        }
        long nowWall = System.nanoTime();
        long nowCpu = processCpuNanos();
        long nowGc = gcMillis();
        err.printf("timing: %s: %d ms wall, %d ms CPU, %d ms GC, heap %d MB%n", phase, (nowWall - wall) / 1_000_000,
                (nowCpu - cpu) / 1_000_000, nowGc - gc, usedHeapMb());
        err.flush();
        wall = System.nanoTime();
        cpu = processCpuNanos();
        gc = gcMillis();
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gcBean : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gcBean.getCollectionTime());
        }
        return total;
    }

    private static long usedHeapMb() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }
}
