package io.dsstudio.reconcile;

import io.dsstudio.domain.Pod;

import java.util.List;
import java.util.Map;

/**
 * The pods a DaemonSet claims, grouped by target node (DC getNodesToDaemonPods); each list is in
 * {@link PodOrder#OLDEST_FIRST} order. {@code released} are owned pods whose labels no longer match.
 */
record ClaimedPods(Map<String, List<Pod>> byNode, List<Pod> adopted, List<Pod> released) {
    List<Pod> on(String node) {
        return byNode.get(node);
    }
}
