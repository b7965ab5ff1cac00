package io.dsstudio.workspace;

import io.dsstudio.domain.Snapshot;
import io.dsstudio.reconcile.Plan;
import io.dsstudio.reconcile.Planner;
import io.dsstudio.simulation.CreatedPod;
import io.dsstudio.simulation.SimulationSetup;
import io.dsstudio.simulation.SimulationState;
import io.dsstudio.simulation.Simulator;
import io.dsstudio.simulation.SyncResult;

import java.time.Instant;
import java.util.Map;

/**
 * The embedded controller's response to a committed edit: one {@link Simulator#sync} of the simulation package on
 * the snapshot, with the pods it created then bound and started (as the scheduler and kubelet would before anyone
 * looks again). The simulation names pods {@code <daemonset>-<5 chars>} and keeps their whole trees for writing.
 */
public final class ControllerSync {
    private final Simulator simulator;

    public ControllerSync(Planner planner) {
        this.simulator = Simulator.forEditsOfOneSnapshot(planner);
    }

    /** One sync at {@code now}, settled. */
    public Outcome apply(Snapshot snapshot, Instant now) {
        return apply(snapshot, now, null);
    }

    /**
     * The same, with the plan of {@code snapshot} at {@code now} when the caller has it (a what-if's, re-planned
     * incrementally): the sync then does not plan the whole cluster again. Null plans afresh.
     */
    public Outcome apply(Snapshot snapshot, Instant now, Plan planAtNow) {
        SimulationState start = SimulationSetup.start(snapshot, now);
        // the plan is of the snapshot as given: of no use when the simulation had to give DaemonSets their uids first
        SyncResult result = simulator.sync(start, 1, start.snapshot() == snapshot ? planAtNow : null);
        SimulationState settled = Simulator.startPendingPods(result.after(), now);
        return new Outcome(settled.snapshot(), settled.createdPods(), result);
    }

    /** One sync of a running simulation, not settled: what it created starts at the next sync. */
    public SyncResult step(SimulationState state, int number) {
        return simulator.sync(state, number);
    }

    /**
     * @param createdPods the pods the sync created (key namespace/name), with the trees that saving writes
     */
    public record Outcome(Snapshot snapshot, Map<String, CreatedPod> createdPods, SyncResult sync) {
    }
}
