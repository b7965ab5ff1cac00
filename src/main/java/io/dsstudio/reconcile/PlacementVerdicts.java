package io.dsstudio.reconcile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One DaemonSet's verdict for every node of a plan. Nodes with the same values for the label keys the
 * DaemonSet reads and the same taints get the same answer, so each such class is evaluated once; the per-node
 * cost is two array reads. A DaemonSet that reads node names is evaluated per node.
 */
final class PlacementVerdicts {
    private static final int MAX_TABLE = 1 << 20;

    private PlacementVerdicts() {
    }

    static VerdictList of(NodeFit fit, NodeIndex index) {
        return VerdictList.ofFits(fits(fit, index), index.names());
    }

    /** The name-free verdict per node position; nodes of one class share one {@link NodeFit.Fit}. */
    static NodeFit.Fit[] fits(NodeFit fit, NodeIndex index) {
        NodeFit.Fit[] out = new NodeFit.Fit[index.size()];
        if (fit.readsNodeName()) {
            for (int i = 0; i < out.length; i++) {
                out[i] = fit.fit(index.node(i));
            }
            return out;
        }
        NodeIndex.Projection projection = index.projection(fit.labelKeys());
        int taintClasses = index.taintClassCount();
        long cells = (long) projection.count() * taintClasses;
        NodeFit.Fit[] table = cells <= MAX_TABLE ? new NodeFit.Fit[(int) cells] : null;
        Map<Long, NodeFit.Fit> sparse = table == null ? new HashMap<>() : null;
        int[] ids = projection.ids();
        for (int i = 0; i < index.size(); i++) {
            long cell = (long) ids[i] * taintClasses + index.taintClass(i);
            NodeFit.Fit f;
            if (table != null) {
                f = table[(int) cell];
                if (f == null) {
                    f = fit.compute(index.node(i));
                    table[(int) cell] = f;
                }
            } else {
                int position = i;
                f = sparse.computeIfAbsent(cell, c -> fit.compute(index.node(position)));
            }
            out[i] = f;
        }
        return out;
    }
}
