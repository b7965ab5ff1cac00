package io.dsstudio.reconcile;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.ObjectMeta;
import io.dsstudio.domain.Taint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.dsstudio.reconcile.Fixtures.T0;

/** Builds a {@link ClusterNode} for tests. */
public final class NodeBuilder {
    private final String name;
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final List<Taint> taints = new ArrayList<>();
    private boolean unschedulable;

    NodeBuilder(String name) {
        this.name = name;
    }

    public NodeBuilder label(String key, String value) {
        labels.put(key, value);
        return this;
    }

    public NodeBuilder taint(String key, String value, String effect) {
        taints.add(Taint.of(key, value, effect));
        return this;
    }

    public NodeBuilder taint(String key, String effect) {
        return taint(key, "", effect);
    }

    public NodeBuilder unschedulable() {
        unschedulable = true;
        return this;
    }

    public ClusterNode build() {
        ObjectMeta meta = new ObjectMeta(name, null, "node-uid-" + name, labels, Map.of(), List.of(), T0, null, null);
        return new ClusterNode(meta, unschedulable, taints, List.of(), Map.of(), Map.of(), null);
    }
}
