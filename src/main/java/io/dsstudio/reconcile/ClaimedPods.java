package io.dsstudio.reconcile;

import io.dsstudio.domain.Pod;

import java.util.List;
import java.util.Map;

/**
 * The pods a DaemonSet claims, grouped by target node (DC getNodesToDaemonPods): by node position for the
 * plan's nodes, by name for nodes the snapshot does not have. Each list is in {@link PodOrder#OLDEST_FIRST}
 * order. {@code released} are owned pods whose labels no longer match.
 */
record ClaimedPods(List<Pod>[] onNode, byte[] facts, Map<String, List<Pod>> onMissingNodes, int podCount,
                   List<Pod> adopted, List<Pod> released) {

    /** Pods targeting the node at {@code position}, or null for none. */
    List<Pod> on(int position) {
        return onNode[position];
    }

    /** {@link PodFacts} of the node's only pod, or {@link PodFacts#UNKNOWN}. */
    byte facts(int position) {
        return facts[position];
    }

    boolean isEmpty() {
        return podCount == 0;
    }
}
