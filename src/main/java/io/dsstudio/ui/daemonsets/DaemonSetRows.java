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
        return verdicts(snapshot, pods, plan, key, positions, new int[0]);
    }

    /**
     * As {@link #verdicts(Snapshot, PodIndex, Plan, String, Map)}, with {@code order} remembering the snapshot
     * position of each of the plan's verdicts (every DaemonSet of a plan lists the nodes in the same order): a position
     * it holds is checked against the node's name and used without looking the name up, so a caller that keeps it
     * between DaemonSets colours 10,000 nodes without a name look-up each. It is filled in as positions are found.
     */
    public static PlacementVerdict[] verdicts(Snapshot snapshot, PodIndex pods, Plan plan, String key, Map<String, Integer> positions,
                                              int[] order) {
        List<ClusterNode> nodes = snapshot.nodes();
        PlacementVerdict[] verdicts = new PlacementVerdict[nodes.size()];
        DaemonSet ds = find(snapshot, key);
        DaemonSetPlan dsPlan = planOf(plan, key);
        if (ds == null || dsPlan == null) {
            return verdicts;
        }
        Map<String, List<PlannedAction>> actions = actionsByNode(dsPlan);
        Map<String, List<io.dsstudio.domain.Pod>> podsByNode = pods.byNodeOf(key);
        List<NodeVerdict> planned = dsPlan.nodes();
        for (int j = 0; j < planned.size(); j++) {
            NodeVerdict verdict = planned.get(j);
            int at = j < order.length ? order[j] : -1;
            if (at < 0 || at >= nodes.size() || !nodes.get(at).name().equals(verdict.node())) {
                Integer found = positions.get(verdict.node());
                at = found == null ? -1 : found;
                if (j < order.length) {
                    order[j] = at;
                }
            }
            if (at >= 0 && verdicts[at] == null) {
                List<PlannedAction> onNode = actions.isEmpty() ? List.of() : actions.getOrDefault(verdict.node(), List.of());
                List<io.dsstudio.domain.Pod> podsOnNode = podsByNode.isEmpty() ? List.of() : podsByNode.getOrDefault(verdict.node(), List.of());
                verdicts[at] = PlacementClassifier.verdictOf(ds, verdict, onNode, nodes.get(at), podsOnNode);
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
