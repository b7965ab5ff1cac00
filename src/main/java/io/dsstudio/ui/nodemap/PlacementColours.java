package io.dsstudio.ui.nodemap;

import io.dsstudio.domain.Snapshot;
import io.dsstudio.reconcile.Plan;
import io.dsstudio.ui.common.PodIndex;
import io.dsstudio.ui.daemonsets.DaemonSetRows;
import io.dsstudio.ui.daemonsets.PlacementVerdict;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Each node's placement verdict for the DaemonSets the map has shown, kept while the snapshot and plan stay: picking
 * a DaemonSet shown before on the map's toolbar reads its verdicts instead of classifying 10,000 nodes again. A
 * DaemonSet shown first is classified with the plan's node order remembered, so no node name is looked up either.
 */
final class PlacementColours {
    private Snapshot snapshot;
    private Plan plan;
    private final Map<String, PlacementVerdict[]> byDaemonSet = new HashMap<>();
    /** The snapshot position of each of the plan's verdicts (every DaemonSet of a plan lists the nodes alike). */
    private int[] planOrder = new int[0];
    private int classified;

    /**
     * Each node's verdict by position in {@code snapshot.nodes()} (null where the plan has none); the array is shared
     * and must not be changed.
     */
    PlacementVerdict[] of(Snapshot shown, PodIndex pods, Plan planned, String key, Map<String, Integer> positions) {
        if (shown != snapshot || planned != plan) {
            snapshot = shown;
            plan = planned;
            byDaemonSet.clear();
        }
        PlacementVerdict[] verdicts = byDaemonSet.get(key);
        if (verdicts == null) {
            classified++;
            verdicts = DaemonSetRows.verdicts(shown, pods, planned, key, positions, planOrder(shown.nodes().size()));
            byDaemonSet.put(key, verdicts);
        }
        return verdicts;
    }

    /** How many times a DaemonSet's nodes were classified (tests count that a DaemonSet shown again is not). */
    int classified() {
        return classified;
    }

    private int[] planOrder(int nodes) {
        if (planOrder.length != nodes) {
            planOrder = new int[nodes];
            Arrays.fill(planOrder, -1);
        }
        return planOrder;
    }
}
