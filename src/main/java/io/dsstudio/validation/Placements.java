package io.dsstudio.validation;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.DaemonSet;
import io.dsstudio.reconcile.NodeFit;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The DaemonSets' own placement verdicts (shouldRun), worked out node by node only where a check asks, so a
 * warning can say what holds on the nodes it names.
 */
final class Placements {
    private static final byte UNKNOWN = 0;
    private static final byte RUNS = 1;
    private static final byte DOES_NOT_RUN = 2;

    private final List<ClusterNode> nodes;
    private final VisitCounter visits;
    private final Map<DaemonSet, Verdicts> byDaemonSet = new IdentityHashMap<>();
    private Map<String, Integer> nodeIndex;

    Placements(List<ClusterNode> nodes, VisitCounter visits) {
        this.nodes = nodes;
        this.visits = visits;
    }

    private static final class Verdicts {
        final NodeFit fit;
        final byte[] shouldRun;

        Verdicts(DaemonSet ds, int nodeCount) {
            this.fit = NodeFit.forDaemonSet(ds);
            this.shouldRun = new byte[nodeCount];
        }
    }

    List<ClusterNode> nodes() {
        return nodes;
    }

    /** Whether {@code ds} should run on the {@code node}-th node of the snapshot. */
    boolean shouldRun(DaemonSet ds, int node) {
        Verdicts v = byDaemonSet.computeIfAbsent(ds, d -> new Verdicts(d, nodes.size()));
        if (v.shouldRun[node] == UNKNOWN) {
            visits.add(1);
            v.shouldRun[node] = v.fit.verdict(nodes.get(node)).shouldRun() ? RUNS : DOES_NOT_RUN;
        }
        return v.shouldRun[node] == RUNS;
    }

    /** The index of the node of that name in the snapshot, or -1 when it has none (or the name is null). */
    int indexOf(String nodeName) {
        if (nodeName == null) {
            return -1;
        }
        if (nodeIndex == null) {
            nodeIndex = new HashMap<>(nodes.size() * 2);
            for (int i = 0; i < nodes.size(); i++) {
                nodeIndex.putIfAbsent(nodes.get(i).name(), i);
            }
            visits.add(nodes.size());
        }
        Integer index = nodeIndex.get(nodeName);
        return index == null ? -1 : index;
    }
}
