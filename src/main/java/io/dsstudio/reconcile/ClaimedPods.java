package io.dsstudio.reconcile;

import io.dsstudio.domain.Pod;

import java.util.List;
import java.util.Map;

/**
 * The pods a DaemonSet claims, grouped by target node (DC getNodesToDaemonPods): by node position for the
 * plan's nodes, by name for nodes the snapshot does not have. Each list is in {@link PodOrder#OLDEST_FIRST}
 * order. A node's only pod is kept in {@code first} (no list is built for it); {@code several} holds the
 * lists of nodes with more than one pod (their {@code first} is one of them), and is null when no node has several. {@code released} are owned pods whose labels no longer match.
 */
record ClaimedPods(Pod[] first, List<Pod>[] several, byte[] facts, Map<String, List<Pod>> onMissingNodes, int podCount,
                   List<Pod> adopted, List<Pod> released) {

    /** Pods targeting the node at {@code position}, or null for none. */
    List<Pod> on(int position) {
        List<Pod> pods = several == null ? null : several[position];
        if (pods != null) {
            return pods;
        }
        Pod only = first[position];
        return only == null ? null : List.of(only);
    }

    /** Whether a claimed pod targets the node at {@code position} ({@code on(position) != null}). */
    boolean has(int position) {
        return PodFacts.hasPod(facts[position]);
    }

    /** {@link PodFacts} of the node's only pod, {@link PodFacts#SEVERAL}, or {@link PodFacts#UNKNOWN} for none. */
    byte facts(int position) {
        return facts[position];
    }

    /** Names of the adopted pods, sorted (a plan does not depend on the order pods were read in). */
    List<String> adoptedNames() {
        return adopted.stream().map(Pod::name).sorted().toList();
    }

    /** Names of the released pods, sorted. */
    List<String> releasedNames() {
        return released.stream().map(Pod::name).sorted().toList();
    }

    boolean isEmpty() {
        return podCount == 0;
    }
}
