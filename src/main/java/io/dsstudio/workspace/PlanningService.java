package io.dsstudio.workspace;

import io.dsstudio.domain.Snapshot;
import io.dsstudio.reconcile.Plan;

/** One controller sync planned over a snapshot; the composition root binds it to the reconciler's Planner. */
@FunctionalInterface
public interface PlanningService {
    Plan plan(Snapshot snapshot);
}
