package io.dsstudio.ui.common;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.OwnerReference;
import io.dsstudio.domain.Pod;
import io.dsstudio.domain.Snapshot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * DaemonSet pods of a snapshot by node name and by owner "namespace/name", and how many pods of any owner each node
 * runs (counted once per snapshot: a DaemonSet's placement rows need it for every node).
 */
public final class PodIndex {
    private final Map<String, List<Pod>> byNode = new HashMap<>();
    private final Map<String, Integer> scheduledOn = new HashMap<>();
    private final Map<String, Map<String, List<Pod>>> byOwnerAndNode = new HashMap<>();

    public PodIndex(Snapshot snapshot) {
        for (Pod pod : snapshot.pods()) {
            if (!pod.spec().nodeName().isEmpty() && !pod.isTerminal()) {
                scheduledOn.merge(pod.spec().nodeName(), 1, Integer::sum);
            }
            Optional<OwnerReference> owner = pod.meta().controllerRef();
            String node = pod.targetNodeName();
            if (owner.isEmpty() || !DaemonSet.KIND.equals(owner.get().kind()) || node == null) {
                continue;
            }
            byNode.computeIfAbsent(node, k -> new ArrayList<>()).add(pod);
            String ds = pod.meta().namespace() + "/" + owner.get().name();
            byOwnerAndNode.computeIfAbsent(ds, k -> new HashMap<>()).computeIfAbsent(node, k -> new ArrayList<>()).add(pod);
        }
    }

    public List<Pod> onNode(String node) {
        return byNode.getOrDefault(node, List.of());
    }

    /** The pods bound to a node and not finished, whoever owns them. */
    public int scheduledOn(String node) {
        return scheduledOn.getOrDefault(node, 0);
    }

    public List<Pod> of(String daemonSetKey, String node) {
        return byOwnerAndNode.getOrDefault(daemonSetKey, Map.of()).getOrDefault(node, List.of());
    }

    /** A DaemonSet's pods by node name (empty when it has none): one look-up for a whole placement. */
    public Map<String, List<Pod>> byNodeOf(String daemonSetKey) {
        return java.util.Collections.unmodifiableMap(byOwnerAndNode.getOrDefault(daemonSetKey, Map.of()));
    }

    public static String ownerKey(Pod pod) {
        return pod.meta().controllerRef().map(o -> pod.meta().namespace() + "/" + o.name()).orElse("");
    }
}
