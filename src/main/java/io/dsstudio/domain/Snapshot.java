package io.dsstudio.domain;

import java.util.List;

/** An immutable cluster state: what the reconciler plans on. */
public record Snapshot(List<ClusterNode> nodes, List<DaemonSet> daemonSets, List<Pod> pods,
                       List<ControllerRevision> revisions) {
    public static final Snapshot EMPTY = new Snapshot(List.of(), List.of(), List.of(), List.of());

    public Snapshot {
        nodes = nodes == null ? List.of() : List.copyOf(nodes);
        daemonSets = daemonSets == null ? List.of() : List.copyOf(daemonSets);
        pods = pods == null ? List.of() : List.copyOf(pods);
        revisions = revisions == null ? List.of() : List.copyOf(revisions);
    }
}
