package io.dsstudio.workspace;

import io.dsstudio.domain.Snapshot;
import io.dsstudio.reconcile.Plan;
import io.dsstudio.reconcile.Planner;

import java.time.Instant;

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
     * The plan of {@code snapshot} at {@code time} (a staged edit's controller sync plans at the time it runs): an
     * incremental service moves the planner it kept for this snapshot to that time, re-syncing only what depends on
     * the clock. By default, a full plan.
     */
    default Plan planAt(Snapshot snapshot, Instant time) {
        return new Planner().plan(snapshot, time);
    }

    /**
     * The plan of {@code synced}, the controller's sync of {@code edited} (a what-if's) at the time {@link #planAt} was
     * asked for: an incremental service re-plans from edited's planner only the DaemonSets whose pods the sync
     * changed. By default, a plan of its own.
     */
    default Plan planSynced(Snapshot edited, Snapshot synced) {
        return plan(synced);
    }

    /**
     * The what-ifs staged on {@code base} were discarded or replaced: an incremental service lets go of what it kept
     * for their edited and synced snapshots. By default, nothing is kept.
     */
    default void whatIfsDiscarded(Snapshot base) {
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
