package io.dsstudio.cluster;

import java.util.List;

/**
 * How a DaemonSet settled after apply.
 *
 * @param converged observedGeneration >= generation and updated = available = desired within the timeout
 * @param status    the last status seen, e.g. "desired 3, updated 3, available 2, observedGeneration 4/4"
 * @param nodes     per node, sorted by name: predicted next to actual
 */
public record ConvergenceReport(String namespace, String name, boolean converged, String status, List<NodeOutcome> nodes) {
    public ConvergenceReport {
        nodes = List.copyOf(nodes);
    }

    public List<NodeOutcome> differences() {
        return nodes.stream().filter(NodeOutcome::differs).toList();
    }
}
