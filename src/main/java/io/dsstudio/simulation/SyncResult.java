package io.dsstudio.simulation;

import io.dsstudio.reconcile.Plan;

import java.time.Instant;
import java.util.List;

/**
 * One controller sync of the simulation: when it ran, what it planned (and carried out), and the state after it.
 *
 * @param requeues     why the controller would come back although this sync planned nothing (pods Ready but not
 *                     yet available under minReadySeconds, pods still terminating), one line each; empty for none
 * @param stalledNodes with stalling modelled: NotReady or Unknown nodes whose deleted pods stay terminating, so
 *                     the controller waits for them for as long as the node is down (sorted)
 */
public record SyncResult(int number, Instant time, Plan plan, SimulationState after, List<String> requeues,
                         List<String> stalledNodes) {
    public SyncResult {
        requeues = List.copyOf(requeues);
        stalledNodes = List.copyOf(stalledNodes);
    }

    public SyncResult(int number, Instant time, Plan plan, SimulationState after) {
        this(number, time, plan, after, List.of(), List.of());
    }

    public int actionCount() {
        return plan.daemonSets().stream().mapToInt(p -> p.actions().size()).sum();
    }

    /** Nothing planned and nothing the controller would requeue for: later syncs would change nothing. */
    public boolean converged() {
        return actionCount() == 0 && requeues.isEmpty() && stalledNodes.isEmpty();
    }

    /** Nothing planned, nothing pending but pods stuck terminating on nodes that are down: no sync can progress. */
    public boolean blocked() {
        return actionCount() == 0 && requeues.isEmpty() && !stalledNodes.isEmpty();
    }

    /** Whether running more syncs can change anything. */
    public boolean settled() {
        return converged() || blocked();
    }
}
