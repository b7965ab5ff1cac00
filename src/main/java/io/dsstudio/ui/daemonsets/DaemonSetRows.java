package io.dsstudio.ui.daemonsets;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.domain.UpdateStrategy;
import io.dsstudio.reconcile.DaemonSetPlan;
import io.dsstudio.reconcile.NodeVerdict;
import io.dsstudio.reconcile.Plan;
import io.dsstudio.reconcile.PlannedAction;
import io.dsstudio.ui.common.NodeFacts;
import io.dsstudio.ui.common.PodIndex;
import io.dsstudio.ui.common.ReasonText;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
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
        DaemonSetPlan dsPlan = planOf(plan, key);
        if (ds == null || dsPlan == null) {
            return List.of();
        }
        Map<String, ClusterNode> nodes = snapshot.nodes().stream().collect(Collectors.toMap(ClusterNode::name, n -> n, (a, b) -> a));
        Map<String, List<PlannedAction>> actions = actionsByNode(dsPlan);
        List<PlacementRow> rows = new ArrayList<>();
        for (NodeVerdict verdict : dsPlan.nodes()) {
            rows.add(PlacementClassifier.classify(ds, verdict, actions.getOrDefault(verdict.node(), List.of()),
                    nodes.get(verdict.node()), pods.of(key, verdict.node()), pods.scheduledOn(verdict.node()), text));
        }
        return rows;
    }

    /** The placement row of one node (a tooltip's words), or null when the plan has no verdict for it. */
    public static PlacementRow placementOf(Snapshot snapshot, PodIndex pods, Plan plan, String key, ClusterNode node, ReasonText text) {
        DaemonSet ds = find(snapshot, key);
        DaemonSetPlan dsPlan = planOf(plan, key);
        if (ds == null || dsPlan == null) {
            return null;
        }
        for (NodeVerdict verdict : dsPlan.nodes()) {
            if (verdict.node().equals(node.name())) {
                List<PlannedAction> actions = dsPlan.actions().stream().filter(a -> node.name().equals(a.node())).toList();
                return PlacementClassifier.classify(ds, verdict, actions, node, pods.of(key, node.name()),
                        pods.scheduledOn(node.name()), text);
            }
        }
        return null;
    }

    /**
     * Each node's verdict alone, as the placement rows have it, without their reason texts and hints (the map's
     * colours of 10,000 nodes), in the snapshot's node order: {@code positions} gives each node name's index in
     * {@code snapshot.nodes()}; null where the plan has no verdict.
     */
    public static PlacementVerdict[] verdicts(Snapshot snapshot, PodIndex pods, Plan plan, String key, Map<String, Integer> positions) {
        PlacementVerdict[] verdicts = new PlacementVerdict[snapshot.nodes().size()];
        DaemonSet ds = find(snapshot, key);
        DaemonSetPlan dsPlan = planOf(plan, key);
        if (ds == null || dsPlan == null) {
            return verdicts;
        }
        Map<String, List<PlannedAction>> actions = actionsByNode(dsPlan);
        for (NodeVerdict verdict : dsPlan.nodes()) {
            Integer at = positions.get(verdict.node());
            if (at != null && verdicts[at] == null) {
                verdicts[at] = PlacementClassifier.verdictOf(ds, verdict, actions.getOrDefault(verdict.node(), List.of()),
                        snapshot.nodes().get(at), pods.of(key, verdict.node()));
            }
        }
        return verdicts;
    }

    private static Map<String, List<PlannedAction>> actionsByNode(DaemonSetPlan plan) {
        Map<String, List<PlannedAction>> byNode = new HashMap<>();
        for (PlannedAction action : plan.actions()) {
            if (action.node() != null) {
                byNode.computeIfAbsent(action.node(), n -> new ArrayList<>()).add(action);
            }
        }
        return byNode;
    }

    private static DaemonSetPlan planOf(Plan plan, String key) {
        return plan.daemonSets().stream().filter(p -> p.key().equals(key)).findFirst().orElse(null);
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
