package io.dsstudio.simulation;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Pod;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.reconcile.ClusterPort;
import io.dsstudio.reconcile.DeleteCause;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The embedded model as a {@link ClusterPort}: collects one sync's creates and deletes into the next state. */
final class EmbeddedCluster implements ClusterPort {
    private final SimulationState before;
    private final Instant now;
    private final Map<String, Pod> pods = new LinkedHashMap<>();
    private final Map<String, CreatedPod> created;
    private final Set<String> newlyCreated = new HashSet<>();
    private final Set<String> deleted;

    EmbeddedCluster(SimulationState before, Instant now) {
        this.before = before;
        this.now = now;
        before.snapshot().pods().forEach(p -> pods.put(key(p), p));
        this.created = new LinkedHashMap<>(before.createdPods());
        this.deleted = new HashSet<>(before.deletedPods());
    }

    @Override
    public void createDaemonPod(DaemonSet daemonSet, String node) {
        String namespace = daemonSet.meta().namespace();
        CreatedPod pod = DaemonPodFactory.create(daemonSet, node, now, name -> pods.containsKey(namespace + "/" + name));
        pods.put(pod.key(), pod.pod());
        created.put(pod.key(), pod);
        newlyCreated.add(pod.key());
    }

    @Override
    public void deletePod(Pod pod, DeleteCause cause) {
        String key = key(pod);
        pods.remove(key);
        if (created.remove(key) == null) {
            deleted.add(key);
        }
    }

    SimulationState next(Instant nextClock) {
        Snapshot s = before.snapshot();
        Snapshot snapshot = new Snapshot(s.nodes(), s.daemonSets(), new ArrayList<>(pods.values()), s.revisions());
        return new SimulationState(snapshot, nextClock, created, newlyCreated, deleted);
    }

    static String key(Pod pod) {
        return pod.meta().namespace() + "/" + pod.meta().name();
    }

    static List<Pod> replace(List<Pod> pods, Map<String, Pod> replacements) {
        List<Pod> out = new ArrayList<>(pods.size());
        for (Pod p : pods) {
            out.add(replacements.getOrDefault(key(p), p));
        }
        return out;
    }
}
