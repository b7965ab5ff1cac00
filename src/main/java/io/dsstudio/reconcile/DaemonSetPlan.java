package io.dsstudio.reconcile;

import java.util.List;

/**
 * The plan of one DaemonSet: its status before the actions, a verdict per node (sorted by node name) and
 * the actions of one controller sync (sorted by node, then pod).
 *
 * @param adopted  names of orphaned pods the DaemonSet adopts in this sync (REF AdoptPod writes its controller
 *                 reference onto each)
 * @param released names of pods it controls whose labels no longer match (REF ReleasePod removes the reference)
 */
public record DaemonSetPlan(String namespace, String name, StatusCounts status, List<NodeVerdict> nodes,
                            List<PlannedAction> actions, List<String> adopted, List<String> released) {
    public DaemonSetPlan {
        nodes = nodes instanceof VerdictList ? nodes : List.copyOf(nodes);     // VerdictList is immutable
        actions = List.copyOf(actions);
        adopted = adopted == null ? List.of() : List.copyOf(adopted);
        released = released == null ? List.of() : List.copyOf(released);
    }

    public DaemonSetPlan(String namespace, String name, StatusCounts status, List<NodeVerdict> nodes,
                         List<PlannedAction> actions) {
        this(namespace, name, status, nodes, actions, List.of(), List.of());
    }

    public String key() {
        return namespace + "/" + name;
    }
}
