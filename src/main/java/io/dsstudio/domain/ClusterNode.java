package io.dsstudio.domain;

import java.util.List;
import java.util.Map;

/** A Node. Collections are never null; taints keep the node's order. */
public record ClusterNode(ObjectMeta meta, boolean unschedulable, List<Taint> taints, List<NodeCondition> conditions,
                          Map<String, String> capacity, Map<String, String> allocatable, NodeInfo info) {
    public static final String KIND = "Node";

    public ClusterNode {
        taints = taints == null ? List.of() : List.copyOf(taints);
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        capacity = capacity == null ? Map.of() : Collections2.copyOrdered(capacity);
        allocatable = allocatable == null ? Map.of() : Collections2.copyOrdered(allocatable);
        info = info == null ? NodeInfo.EMPTY : info;
    }

    public String name() {
        return meta.name();
    }

    public Map<String, String> labels() {
        return meta.labels();
    }

    public ObjectRef ref() {
        return new ObjectRef(KIND, null, meta.name());
    }

    /** "True", "False" or "Unknown" of the Ready condition; "Unknown" when the node reports none. */
    public String readyStatus() {
        return conditions.stream().filter(c -> "Ready".equals(c.type())).map(NodeCondition::status)
                .findFirst().orElse("Unknown");
    }

    public ClusterNode withMeta(ObjectMeta newMeta) {
        return new ClusterNode(newMeta, unschedulable, taints, conditions, capacity, allocatable, info);
    }

    public ClusterNode withTaints(List<Taint> newTaints) {
        return new ClusterNode(meta, unschedulable, newTaints, conditions, capacity, allocatable, info);
    }

    public ClusterNode withUnschedulable(boolean value) {
        return new ClusterNode(meta, value, taints, conditions, capacity, allocatable, info);
    }
}
