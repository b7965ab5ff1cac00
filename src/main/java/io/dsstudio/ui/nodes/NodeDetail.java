package io.dsstudio.ui.nodes;

import java.util.List;

/** The detail pane's content for one node; every line already formatted. */
public record NodeDetail(String name, List<String> labels, List<String> taints, List<String> conditions,
                         List<String> capacity, List<DaemonPodLine> daemonPods) {
    public static final NodeDetail NONE = new NodeDetail("", List.of(), List.of(), List.of(), List.of(), List.of());

    /** A daemon pod on the node: "namespace/name", its phase, readiness and pod-template-generation. */
    public record DaemonPodLine(String pod, String phase, boolean ready, String generation) {
    }
}
