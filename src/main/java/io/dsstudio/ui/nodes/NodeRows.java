package io.dsstudio.ui.nodes;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.Pod;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.reconcile.Plan;
import io.dsstudio.ui.common.NodeFacts;
import io.dsstudio.ui.common.PlacementIndex;
import io.dsstudio.ui.common.PodIndex;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds the Nodes table's rows and details from a snapshot and its plan. */
final class NodeRows {
    private NodeRows() {
    }

    static List<NodeRow> rows(Snapshot snapshot, PodIndex pods, Plan plan, Instant now) {
        PlacementIndex placement = new PlacementIndex(plan);
        List<NodeRow> rows = new ArrayList<>(snapshot.nodes().size());
        for (ClusterNode node : snapshot.nodes()) {
            int running = (int) pods.onNode(node.name()).stream().filter(p -> "Running".equals(p.phase())).count();
            rows.add(new NodeRow(node, node.name(), NodeFacts.status(node), NodeFacts.roles(node), !node.unschedulable(),
                    NodeFacts.taints(node), NodeFacts.label(node, NodeFacts.ZONE_LABEL),
                    NodeFacts.label(node, NodeFacts.INSTANCE_TYPE_LABEL), NodeFacts.archOs(node), running,
                    placement.expectedOn(node.name()), NodeFacts.age(node.meta().creationTimestamp(), now),
                    node.meta().creationTimestamp()));
        }
        return rows;
    }

    static NodeDetail detail(ClusterNode node, PodIndex pods) {
        List<String> labels = node.labels().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
        List<String> taints = node.taints().stream().map(Object::toString).toList();
        List<String> conditions = node.conditions().stream()
                .map(c -> c.type() + "=" + c.status() + (c.reason() == null ? "" : " (" + c.reason() + ")")).toList();
        List<String> capacity = node.capacity().entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue() + " / " + node.allocatable().getOrDefault(e.getKey(), "-")).toList();
        List<NodeDetail.DaemonPodLine> daemonPods = pods.onNode(node.name()).stream().map(NodeRows::describe).toList();
        return new NodeDetail(node.name(), labels, taints, conditions, capacity, daemonPods);
    }

    private static NodeDetail.DaemonPodLine describe(Pod pod) {
        return new NodeDetail.DaemonPodLine(pod.meta().namespace() + "/" + pod.name(), pod.phase(), pod.isReady(),
                pod.meta().labels().getOrDefault(Pod.TEMPLATE_GENERATION_LABEL, "-"));
    }
}
