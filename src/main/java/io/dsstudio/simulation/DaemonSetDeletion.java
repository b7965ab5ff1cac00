package io.dsstudio.simulation;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.OwnerReference;
import io.dsstudio.domain.Pod;
import io.dsstudio.domain.Snapshot;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deleting a DaemonSet as the API server and the garbage collector do (semantics.md §7): the DaemonSet goes at
 * once; with background cascade the pods whose controller reference carries its uid go too; with orphan cascade
 * those pods lose that owner reference and keep running.
 */
public final class DaemonSetDeletion {
    private DaemonSetDeletion() {
    }

    public static SimulationState delete(SimulationState state, DaemonSet target, Cascade cascade) {
        Snapshot s = state.snapshot();
        List<DaemonSet> daemonSets = s.daemonSets().stream().filter(ds -> !ds.ref().equals(target.ref())).toList();
        List<Pod> pods = new ArrayList<>();
        Map<String, CreatedPod> created = new LinkedHashMap<>(state.createdPods());
        Set<String> deleted = new HashSet<>(state.deletedPods());
        Set<String> unbound = new HashSet<>(state.unbound());
        for (Pod pod : s.pods()) {
            if (!ownedBy(pod, target)) {
                pods.add(pod);
                continue;
            }
            String key = EmbeddedCluster.key(pod);
            if (cascade == Cascade.BACKGROUND) {
                if (created.remove(key) == null) {
                    deleted.add(key);
                }
                unbound.remove(key);
            } else {
                Pod orphan = pod.withMeta(pod.meta().withOwnerReferences(withoutOwner(pod, target)));
                pods.add(orphan);
                CreatedPod ours = created.get(key);
                if (ours != null) {
                    created.put(key, ours.withTree(orphan, DaemonSetDeletion::orphanTree));
                }
            }
        }
        return new SimulationState(new Snapshot(s.nodes(), daemonSets, pods, s.revisions()), state.clock(), created, unbound, deleted);
    }

    private static boolean ownedBy(Pod pod, DaemonSet ds) {
        return pod.meta().namespace().equals(ds.meta().namespace()) && ds.meta().uid() != null
                && pod.meta().ownerReferences().stream().anyMatch(r -> ds.meta().uid().equals(r.uid()));
    }

    private static List<OwnerReference> withoutOwner(Pod pod, DaemonSet ds) {
        return pod.meta().ownerReferences().stream().filter(r -> !ds.meta().uid().equals(r.uid())).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> orphanTree(Map<String, Object> tree) {
        Map<String, Object> out = new LinkedHashMap<>(tree);
        Map<String, Object> metadata = new LinkedHashMap<>((Map<String, Object>) out.get("metadata"));
        metadata.remove("ownerReferences");
        out.put("metadata", metadata);
        return out;
    }
}
