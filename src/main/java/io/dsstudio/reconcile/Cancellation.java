package io.dsstudio.reconcile;

import java.util.concurrent.CancellationException;

/**
 * Where long plans and syncs may stop: when the thread running them was interrupted (the app cancels the background
 * task of a preview that was discarded), the work ends at the next checkpoint instead of holding a core and
 * allocating for nobody. Work that nobody interrupts runs exactly as without checkpoints.
 */
public final class Cancellation {
    private Cancellation() {
    }

    /** @throws CancellationException when the current thread was interrupted (its interrupt status is kept) */
    public static void checkpoint() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("interrupted: the result is no longer wanted");
        }
    }
}
