package io.dsstudio.ui.daemonsets;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.domain.UpdateStrategy;
import io.dsstudio.reconcile.DaemonSetPlan;
import io.dsstudio.reconcile.NodeVerdict;
import io.dsstudio.reconcile.Plan;
import io.dsstudio.ui.common.NodeFacts;
import io.dsstudio.ui.common.PodIndex;
import io.dsstudio.ui.common.ReasonText;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds the DaemonSets table and the placement matrix from a snapshot and its plan. */
public final class DaemonSetRows {
    private DaemonSetRows() {
    }

    static List<DaemonSetRow> rows(Snapshot snapshot, Plan plan, Instant now) {
        List<DaemonSetRow> rows = new ArrayList<>();
        for (DaemonSetPlan p : plan.daemonSets()) {
            DaemonSet ds = find(snapshot, p.key());
            if (ds != null) {
                rows.add(new DaemonSetRow(p.namespace(), p.name(), p.status(), selector(ds), strategy(ds.updateStrategy()),
                        NodeFacts.age(ds.meta().creationTimestamp(), now)));
            }
        }
        return rows;
    }

    /** The placement of one DaemonSet on every node; {@code pods} is the snapshot's pod index. */
    public static List<PlacementRow> placement(Snapshot snapshot, PodIndex pods, Plan plan, String key, ReasonText text) {
        DaemonSet ds = find(snapshot, key);
        DaemonSetPlan dsPlan = plan.daemonSets().stream().filter(p -> p.key().equals(key)).findFirst().orElse(null);
        if (ds == null || dsPlan == null) {
            return List.of();
        }
        Map<String, ClusterNode> nodes = snapshot.nodes().stream().collect(Collectors.toMap(ClusterNode::name, n -> n, (a, b) -> a));
        List<PlacementRow> rows = new ArrayList<>();
        for (NodeVerdict verdict : dsPlan.nodes()) {
            rows.add(PlacementClassifier.classify(ds, dsPlan, verdict, nodes.get(verdict.node()),
                    pods.of(key, verdict.node()), pods.scheduledOn(verdict.node()), text));
        }
        return rows;
    }

    static DaemonSet find(Snapshot snapshot, String key) {
        return snapshot.daemonSets().stream().filter(d -> d.key().equals(key)).findFirst().orElse(null);
    }

    private static String selector(DaemonSet ds) {
        String selector = ds.template().spec().nodeSelector().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
        return ds.template().spec().affinity() == null ? selector : (selector.isEmpty() ? "" : selector + " + ") + "nodeAffinity";
    }

    private static String strategy(UpdateStrategy strategy) {
        if (strategy == null) {
            return "";
        }
        if (!strategy.isRollingUpdate()) {
            return strategy.type();
        }
        return strategy.type() + " (maxUnavailable " + strategy.maxUnavailable() + ", maxSurge " + strategy.maxSurge() + ")";
    }
}
