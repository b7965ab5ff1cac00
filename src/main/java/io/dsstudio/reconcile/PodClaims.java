package io.dsstudio.reconcile;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.OwnerReference;
import io.dsstudio.domain.Pod;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Claiming (REF ClaimObject, semantics.md §2), over pods indexed once per snapshot: pods with a controller
 * reference by its UID, orphans by namespace. Pods of other controllers are never looked at.
 */
final class PodClaims {
    private final Map<String, List<Pod>> ownedByUid = new HashMap<>();
    private final Map<String, List<Pod>> orphansByNamespace = new HashMap<>();

    PodClaims(List<Pod> pods) {
        for (Pod pod : pods) {
            Optional<OwnerReference> controller = pod.meta().controllerRef();
            if (controller.isPresent()) {
                String uid = controller.get().uid() == null ? "" : controller.get().uid();
                ownedByUid.computeIfAbsent(uid, k -> new ArrayList<>()).add(pod);
            } else {
                orphansByNamespace.computeIfAbsent(namespaceOf(pod), k -> new ArrayList<>()).add(pod);
            }
        }
    }

    ClaimedPods claim(DaemonSet ds) {
        Map<String, List<Pod>> byNode = new HashMap<>();
        List<Pod> adopted = new ArrayList<>();
        List<Pod> released = new ArrayList<>();
        // UIDs compare as Go strings: a missing UID is "" on both sides.
        String uid = ds.meta().uid() == null ? "" : ds.meta().uid();
        String namespace = ds.meta().namespace();
        for (Pod pod : ownedByUid.getOrDefault(uid, List.of())) {
            if (!namespaceOf(pod).equals(namespace)) {
                continue;       // the controller only lists pods of the DaemonSet's namespace
            }
            if (selects(ds, pod)) {
                add(byNode, pod);
            } else if (!ds.meta().isBeingDeleted()) {
                released.add(pod);
            }
        }
        if (!ds.meta().isBeingDeleted()) {
            for (Pod pod : orphansByNamespace.getOrDefault(namespace, List.of())) {
                if (selects(ds, pod) && !pod.meta().isBeingDeleted()) {
                    adopted.add(pod);
                    add(byNode, pod);
                }
            }
        }
        for (List<Pod> pods : byNode.values()) {
            if (pods.size() > 1) {
                pods.sort(PodOrder.OLDEST_FIRST);
            }
        }
        return new ClaimedPods(byNode, adopted, released);
    }

    /** Terminal pods being deleted are dropped after claiming (v1.28+); pods without a target node too. */
    private static void add(Map<String, List<Pod>> byNode, Pod pod) {
        if (pod.isTerminal() && pod.meta().isBeingDeleted()) {
            return;
        }
        String node = pod.targetNodeName();
        if (node == null) {
            return;
        }
        byNode.computeIfAbsent(node, k -> new ArrayList<>(1)).add(pod);
    }

    /** metav1.LabelSelectorAsSelector: a nil selector selects nothing. */
    private static boolean selects(DaemonSet ds, Pod pod) {
        return ds.selector() != null && ds.selector().matches(pod.meta().labels());
    }

    private static String namespaceOf(Pod pod) {
        return pod.meta().namespace() == null ? "default" : pod.meta().namespace();
    }
}
