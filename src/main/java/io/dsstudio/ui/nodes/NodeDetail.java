package io.dsstudio.ui.nodes;

import java.util.List;

/** The detail pane's content for one node; every line already formatted. */
public record NodeDetail(String name, List<String> labels, List<String> taints, List<String> conditions,
                         List<String> capacity, List<String> daemonPods) {
    public static final NodeDetail NONE = new NodeDetail("", List.of(), List.of(), List.of(), List.of(), List.of());
}
