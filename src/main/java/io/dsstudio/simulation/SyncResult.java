package io.dsstudio.simulation;

import io.dsstudio.reconcile.Plan;

import java.time.Instant;

/** One controller sync of the simulation: when it ran, what it planned (and carried out), and the state after it. */
public record SyncResult(int number, Instant time, Plan plan, SimulationState after) {
    public int actionCount() {
        return plan.daemonSets().stream().mapToInt(p -> p.actions().size()).sum();
    }
}
