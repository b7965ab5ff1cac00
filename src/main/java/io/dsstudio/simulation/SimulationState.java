package io.dsstudio.simulation;

import io.dsstudio.domain.Snapshot;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * The embedded cluster between two syncs.
 *
 * @param snapshot    what the controller sees
 * @param clock       the simulated time of the next sync
 * @param createdPods the pods the simulation created and that still exist (key namespace/name), kept whole for writing
 * @param unbound     pods created in the last sync: bound, Running and Ready at the start of the next one
 * @param deletedPods keys (namespace/name) of input pods the simulation deleted
 */
public record SimulationState(Snapshot snapshot, Instant clock, Map<String, CreatedPod> createdPods,
                              Set<String> unbound, Set<String> deletedPods) {
    public SimulationState {
        // a sync hands over what it built (frozen): a state copies only maps and sets someone else may change
        createdPods = io.dsstudio.domain.HandedOver.held(createdPods);
        unbound = io.dsstudio.domain.HandedOver.held(unbound);
        deletedPods = io.dsstudio.domain.HandedOver.held(deletedPods);
    }

    public static SimulationState start(Snapshot snapshot, Instant clock) {
        return new SimulationState(snapshot, clock, Map.of(), Set.of(), Set.of());
    }
}
