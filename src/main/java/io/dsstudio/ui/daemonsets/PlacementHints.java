package io.dsstudio.ui.daemonsets;

import java.util.List;

/**
 * What the scheduler, not the DaemonSet controller, will care about on a node: shown beside the verdict,
 * never as a reason.
 *
 * @param podCapacity allocatable pods of the node, "" when unknown
 */
public record PlacementHints(List<Integer> hostPorts, int podsOnNode, String podCapacity, String cpu, String memory) {
    public static final PlacementHints NONE = new PlacementHints(List.of(), 0, "", "", "");

    public PlacementHints {
        hostPorts = List.copyOf(hostPorts);
    }
}
