package io.dsstudio.workspace;

import io.dsstudio.domain.Snapshot;
import io.dsstudio.reconcile.Plan;

/** One controller sync planned over a snapshot; the composition root binds it to the reconciler's Planner. */
@FunctionalInterface
public interface PlanningService {
    Plan plan(Snapshot snapshot);

    /**
     * The plan of {@code edited}, a staged edit of {@code base} whose plan was asked for just before (a what-if): an
     * incremental service re-plans only what the edit changed, at the clock of base's plan. By default, a plan of its own.
     */
    default Plan planEdited(Snapshot base, Snapshot edited) {
        return plan(edited);
    }

    /**
     * The plan last given for this very snapshot object (the one on screen), without re-planning it at a later
     * clock; a plan of its own when there is none.
     */
    default Plan planShown(Snapshot snapshot) {
        return plan(snapshot);
    }

    /**
     * The plan of a snapshot just opened from a file or the demo (not an edit of the one before it): an incremental
     * service starts afresh and lets go of what it kept for earlier snapshots, rather than comparing every pod and
     * node of the new snapshot with the old one's and keeping both in memory.
     */
    default Plan planOpened(Snapshot snapshot) {
        return plan(snapshot);
    }

    /**
     * Called on the reading thread as soon as a file or the demo has been read, before it is handed to the FX thread
     * and shown: a service may start its {@link #planOpened} now, so that the plan is computed while the snapshot is
     * being shown. By default nothing happens until {@link #planOpened} is called.
     */
    default void planOpenedAhead(Snapshot snapshot) {
    }
}
