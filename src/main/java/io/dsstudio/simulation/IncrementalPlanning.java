package io.dsstudio.simulation;

import io.dsstudio.domain.Snapshot;
import io.dsstudio.reconcile.IncrementalPlanner;
import io.dsstudio.reconcile.Plan;

import java.time.Instant;
import java.util.function.BiFunction;

/**
 * Plans the syncs of one simulation run incrementally: between two syncs only pods and the clock change, so each
 * plan re-syncs just the DaemonSets whose pods the last sync changed (and, at a new time, those with
 * minReadySeconds), as {@link IncrementalPlanner} guarantees the plan {@code new Planner().plan(snapshot, now)}.
 * A snapshot with other nodes, DaemonSets or revisions than the last is planned afresh.
 */
final class IncrementalPlanning implements BiFunction<Snapshot, Instant, Plan> {
    private IncrementalPlanner planner;
    private Snapshot planned;
    /** How many times a plan was made from scratch (every DaemonSet synced): once per run, unless the nodes change. */
    private int fresh;

    @Override
    public Plan apply(Snapshot snapshot, Instant now) {
        if (planner == null || snapshot.nodes() != planned.nodes() || snapshot.daemonSets() != planned.daemonSets()
                || snapshot.revisions() != planned.revisions()) {
            planner = new IncrementalPlanner(snapshot, now);
            fresh++;
        } else {
            planner = planner.at(now).withPods(snapshot.pods());
        }
        planned = snapshot;
        return planner.plan();
    }

    int freshPlans() {
        return fresh;
    }
}
