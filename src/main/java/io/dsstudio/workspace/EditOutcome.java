package io.dsstudio.workspace;

import io.dsstudio.domain.Snapshot;
import io.dsstudio.reconcile.Plan;

import java.util.function.Supplier;

/**
 * A staged edit's snapshot after the controller's sync, and its plan: what Commit makes current. It costs a whole
 * sync of the cluster, so it is computed once, when first asked for; the app asks in the background as soon as the
 * what-if is shown (which needs only the plans), and Commit waits for it only if it comes that quickly.
 */
public final class EditOutcome {
    /** The synced snapshot and its plan. */
    public record Synced(Snapshot snapshot, Plan plan) {
    }

    private final Supplier<Synced> sync;
    private volatile Synced synced;

    public EditOutcome(Supplier<Synced> sync) {
        this.sync = sync;
    }

    /**
     * Stops the computation when its thread was interrupted (the app cancels the task of a discarded preview's sync): a
     * stale sync must not hold a core, or allocate, while the next preview is asked for.
     *
     * @throws java.util.concurrent.CancellationException when interrupted; nothing is kept, and a later {@link #get()} computes afresh
     */
    static void stopIfCancelled() {
        io.dsstudio.reconcile.Cancellation.checkpoint();
    }

    /**
     * The synced snapshot and its plan, computed now on the first call (callers on other threads wait for it). A
     * computation cancelled on its thread ({@link #stopIfCancelled}) keeps nothing: the next call computes it.
     */
    public Synced get() {
        Synced known = synced;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (synced == null) {
                synced = sync.get();
            }
            return synced;
        }
    }

    /** Whether {@link #get()} returns without computing. */
    public boolean isDone() {
        return synced != null;
    }
}
