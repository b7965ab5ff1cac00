package io.dsstudio.reconcile;

import java.util.List;

/**
 * The plan of one DaemonSet: its status before the actions, a verdict per node (sorted by node name) and
 * the actions of one controller sync (sorted by node, then pod).
 */
public record DaemonSetPlan(String namespace, String name, StatusCounts status, List<NodeVerdict> nodes,
                            List<PlannedAction> actions) {
    public DaemonSetPlan {
        nodes = nodes instanceof VerdictList ? nodes : List.copyOf(nodes);     // VerdictList is immutable
        actions = List.copyOf(actions);
    }

    public String key() {
        return namespace + "/" + name;
    }
}
