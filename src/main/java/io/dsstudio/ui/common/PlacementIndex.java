package io.dsstudio.ui.common;

import io.dsstudio.reconcile.DaemonSetPlan;
import io.dsstudio.reconcile.NodeVerdict;
import io.dsstudio.reconcile.Plan;

import java.util.HashMap;
import java.util.Map;

/** How many DaemonSets should run on each node, from a plan's verdicts. */
public final class PlacementIndex {
    private final Map<String, Integer> expected = new HashMap<>();

    public PlacementIndex(Plan plan) {
        if (plan == null) {
            return;
        }
        for (DaemonSetPlan ds : plan.daemonSets()) {
            for (NodeVerdict verdict : ds.nodes()) {
                if (verdict.shouldRun()) {
                    expected.merge(verdict.node(), 1, Integer::sum);
                }
            }
        }
    }

    public int expectedOn(String node) {
        return expected.getOrDefault(node, 0);
    }
}
