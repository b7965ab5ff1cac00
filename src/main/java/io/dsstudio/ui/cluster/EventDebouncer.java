package io.dsstudio.ui.cluster;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Coalesces a burst of watch events (told on informer threads) into one call of {@code flush}, run through the
 * FX dispatcher {@code delay} after the first event of the burst: a rolling update of 5,000 pods repaints the views
 * a few times, not 5,000 times.
 */
public final class EventDebouncer implements AutoCloseable {
    private final Duration delay;
    private final Executor fxDispatcher;
    private final Runnable flush;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dsstudio-watch-debounce");
        t.setDaemon(true);
        return t;
    });

    public EventDebouncer(Duration delay, Executor fxDispatcher, Runnable flush) {
        this.delay = delay;
        this.fxDispatcher = fxDispatcher;
        this.flush = flush;
    }

    /** Any thread: an event arrived. */
    public void poke() {
        if (scheduled.compareAndSet(false, true)) {
            timer.schedule(() -> {
                // cleared before the flush runs, so an event during the flush schedules the next one
                scheduled.set(false);
                fxDispatcher.execute(flush);
            }, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
