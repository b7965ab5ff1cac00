package io.dsstudio.reconcile;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.OwnerReference;
import io.dsstudio.domain.Pod;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Claiming (REF ClaimObject, semantics.md §2), over pods indexed once per snapshot: pods with a controller
 * reference by its UID, orphans by namespace. Pods of other controllers are never looked at.
 */
final class PodClaims {
    private final Map<String, List<Pod>> ownedByUid = new HashMap<>();
    private final Map<String, List<Pod>> orphansByNamespace = new HashMap<>();
    private final NodeIndex nodes;

    PodClaims(List<Pod> pods, NodeIndex nodes) {
        this.nodes = nodes;
        for (Pod pod : pods) {
            OwnerReference controller = PodStatus.controllerRef(pod);
            if (controller != null) {
                String uid = controller.uid() == null ? "" : controller.uid();
                ownedByUid.computeIfAbsent(uid, k -> new ArrayList<>()).add(pod);
            } else {
                orphansByNamespace.computeIfAbsent(namespaceOf(pod), k -> new ArrayList<>()).add(pod);
            }
        }
    }

    @SuppressWarnings("unchecked")
    ClaimedPods claim(DaemonSet ds) {
        List<Pod>[] onNode = new List[nodes.size()];
        Map<String, List<Pod>> onMissing = new HashMap<>();
        List<Pod> adopted = new ArrayList<>();
        List<Pod> released = new ArrayList<>();
        int count = 0;
        // UIDs compare as Go strings: a missing UID is "" on both sides.
        String uid = ds.meta().uid() == null ? "" : ds.meta().uid();
        String namespace = ds.meta().namespace();
        for (Pod pod : ownedByUid.getOrDefault(uid, List.of())) {
            if (!namespaceOf(pod).equals(namespace)) {
                continue;       // the controller only lists pods of the DaemonSet's namespace
            }
            if (selects(ds, pod)) {
                count += add(onNode, onMissing, pod);
            } else if (!ds.meta().isBeingDeleted()) {
                released.add(pod);
            }
        }
        if (!ds.meta().isBeingDeleted()) {
            for (Pod pod : orphansByNamespace.getOrDefault(namespace, List.of())) {
                if (selects(ds, pod) && !pod.meta().isBeingDeleted()) {
                    adopted.add(pod);
                    count += add(onNode, onMissing, pod);
                }
            }
        }
        sortEach(Arrays.asList(onNode));
        sortEach(onMissing.values());
        return new ClaimedPods(onNode, onMissing, count, adopted, released);
    }

    /** Terminal pods being deleted are dropped after claiming (v1.28+); pods without a target node too. */
    private int add(List<Pod>[] onNode, Map<String, List<Pod>> onMissing, Pod pod) {
        if (pod.isTerminal() && pod.meta().isBeingDeleted()) {
            return 0;
        }
        String node = pod.targetNodeName();
        if (node == null) {
            return 0;
        }
        int position = nodes.position(node);
        if (position < 0) {
            onMissing.computeIfAbsent(node, k -> new ArrayList<>(1)).add(pod);
        } else {
            if (onNode[position] == null) {
                onNode[position] = new ArrayList<>(1);
            }
            onNode[position].add(pod);
        }
        return 1;
    }

    private static void sortEach(Iterable<List<Pod>> lists) {
        for (List<Pod> pods : lists) {
            if (pods != null && pods.size() > 1) {
                pods.sort(PodOrder.OLDEST_FIRST);
            }
        }
    }

    /** metav1.LabelSelectorAsSelector: a nil selector selects nothing. */
    private static boolean selects(DaemonSet ds, Pod pod) {
        return ds.selector() != null && ds.selector().matches(pod.meta().labels());
    }

    private static String namespaceOf(Pod pod) {
        return pod.meta().namespace() == null ? "default" : pod.meta().namespace();
    }
}
