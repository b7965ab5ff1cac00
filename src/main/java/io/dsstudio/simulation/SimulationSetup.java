package io.dsstudio.simulation;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.ObjectMeta;
import io.dsstudio.domain.Snapshot;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives DaemonSets what the API server gives them on create, so the simulation can own pods: a uid (a UUIDv5
 * of namespace/name, stable across runs), {@code metadata.generation} 1 and a template generation 1 when missing
 * (upstream strategy.go PrepareForCreate).
 */
public final class SimulationSetup {
    private SimulationSetup() {
    }

    /** The simulation's start; its snapshot is {@code snapshot} itself when every DaemonSet has what create gives. */
    public static SimulationState start(Snapshot snapshot, Instant clock) {
        List<DaemonSet> prepared = snapshot.daemonSets().stream().map(SimulationSetup::prepare).toList();
        boolean unchanged = true;
        for (int i = 0; i < prepared.size() && unchanged; i++) {
            unchanged = prepared.get(i) == snapshot.daemonSets().get(i);
        }
        return SimulationState.start(unchanged ? snapshot
                : new Snapshot(snapshot.nodes(), prepared, snapshot.pods(), snapshot.revisions()), clock);
    }

    static DaemonSet prepare(DaemonSet ds) {
        ObjectMeta meta = ds.meta();
        if (meta.uid() == null || meta.uid().isEmpty()) {
            meta = meta.withUid(PodNames.uidFor(meta.namespace() + "/" + meta.name()));
        }
        if (meta.generation() == null) {
            meta = meta.withGeneration(1L);     // PrepareForCreate: a new object starts at generation 1
        }
        if (ds.generation() == null) {
            Map<String, String> annotations = new LinkedHashMap<>(meta.annotations());
            annotations.put(DaemonSet.GENERATION_ANNOTATION, "1");
            meta = meta.withAnnotations(annotations);
        }
        return meta == ds.meta() ? ds : ds.withMeta(meta);
    }
}
