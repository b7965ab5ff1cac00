package io.dsstudio.domain;

import java.util.List;

/**
 * The required part of a pod's node affinity. {@code requiredTerms} is null when the pod has no
 * requiredDuringSchedulingIgnoredDuringExecution; an empty list is a present but empty selector (which
 * matches nothing). Preferred terms never affect DaemonSet placement; only their count is kept, for display.
 */
public record NodeAffinity(List<NodeSelectorTerm> requiredTerms, int preferredTermCount) {
    public NodeAffinity {
        requiredTerms = requiredTerms == null ? null : List.copyOf(requiredTerms);
    }

    public static NodeAffinity required(List<NodeSelectorTerm> terms) {
        return new NodeAffinity(terms, 0);
    }

    public boolean hasRequired() {
        return requiredTerms != null;
    }
}
