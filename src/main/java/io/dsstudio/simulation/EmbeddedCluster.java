package io.dsstudio.simulation;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Pod;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.reconcile.ClusterPort;
import io.dsstudio.reconcile.DeleteCause;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The embedded model as a {@link ClusterPort}: collects one sync's creates and deletes into the next state.
 * It holds only what the sync changes; the pods themselves stay in the snapshot, and the names in use are the
 * {@code podKeys} the simulator keeps from sync to sync (updated here in place).
 */
final class EmbeddedCluster implements ClusterPort {
    private final SimulationState before;
    private final Instant now;
    private final Set<String> podKeys;
    private final DaemonPodFactory factory;
    private final Set<Pod> removed = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<String, Pod> added = new LinkedHashMap<>();
    private final Map<String, CreatedPod> created;
    private final Set<String> newlyCreated = new HashSet<>();
    private final Set<String> deleted;

    /**
     * @param podKeys the keys (namespace/name) of the pods of {@code before}; this sync adds and removes its own
     * @param factory makes the pods, sharing what the pods of one DaemonSet revision share across syncs
     */
    EmbeddedCluster(SimulationState before, Instant now, Set<String> podKeys, DaemonPodFactory factory) {
        this.before = before;
        this.factory = factory;
        this.now = now;
        this.podKeys = podKeys;
        this.created = new LinkedHashMap<>(before.createdPods());
        this.deleted = new HashSet<>(before.deletedPods());
    }

    /** The keys of every pod of the snapshot: built once, then kept up to date by each sync. */
    static Set<String> podKeys(Snapshot snapshot) {
        Set<String> keys = new HashSet<>(snapshot.pods().size() * 2);
        int counted = 0;
        for (Pod pod : snapshot.pods()) {
            keys.add(key(pod));
            if (++counted % 16_384 == 0) {
                io.dsstudio.reconcile.Cancellation.checkpoint();
            }
        }
        return keys;
    }

    @Override
    public void createDaemonPod(DaemonSet daemonSet, String node) {
        String namespace = daemonSet.meta().namespace();
        CreatedPod pod = factory.create(daemonSet, node, now, name -> podKeys.contains(namespace + "/" + name));
        podKeys.add(pod.key());
        added.put(pod.key(), pod.pod());
        created.put(pod.key(), pod);
        newlyCreated.add(pod.key());
    }

    @Override
    public void deletePod(Pod pod, DeleteCause cause) {
        String key = key(pod);
        if (!podKeys.remove(key)) {
            return;     // already gone
        }
        if (added.remove(key) == null) {
            removed.add(pod);
        }
        newlyCreated.remove(key);
        if (created.remove(key) == null) {
            deleted.add(key);
        }
    }

    /** The state the sync leaves; it takes over what this cluster built, so the cluster is done with. */
    SimulationState next(Instant nextClock) {
        Snapshot s = before.snapshot();
        List<Pod> pods = new ArrayList<>(s.pods().size() - removed.size() + added.size());
        if (removed.isEmpty()) {
            pods.addAll(s.pods());
        } else {
            for (Pod p : s.pods()) {
                if (!removed.contains(p)) {
                    pods.add(p);
                }
            }
        }
        pods.addAll(added.values());
        Snapshot snapshot = new Snapshot(s.nodes(), s.daemonSets(), pods, s.revisions());
        return new SimulationState(snapshot, nextClock, io.dsstudio.domain.HandedOver.map(created), io.dsstudio.domain.HandedOver.set(newlyCreated), io.dsstudio.domain.HandedOver.set(deleted));
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
