package io.dsstudio.reconcile;

import io.dsstudio.domain.NodeSelectorRequirement;
import io.dsstudio.domain.NodeSelectorTerm;

import java.time.Instant;
import java.util.List;

/** Small builders for nodes, DaemonSets and pods, in the spirit of upstream's newNode/newDaemonSet/newPod. */
public final class Fixtures {
    public static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private Fixtures() {
    }

    public static NodeBuilder aNode(String name) {
        return new NodeBuilder(name);
    }

    public static DaemonSetBuilder aDaemonSet(String name) {
        return new DaemonSetBuilder(name);
    }

    public static PodBuilder aPod(String name) {
        return new PodBuilder(name);
    }

    public static NodeSelectorRequirement req(String key, String operator, String... values) {
        return new NodeSelectorRequirement(key, operator, List.of(values));
    }

    public static NodeSelectorTerm term(NodeSelectorRequirement... expressions) {
        return new NodeSelectorTerm(List.of(expressions), List.of());
    }

    public static NodeSelectorTerm fieldTerm(NodeSelectorRequirement... fields) {
        return new NodeSelectorTerm(List.of(), List.of(fields));
    }
}
