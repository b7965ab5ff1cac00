package io.dsstudio.ui.daemonsets;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.Container;
import io.dsstudio.domain.ContainerPort;
import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Pod;
import io.dsstudio.domain.Taint;
import io.dsstudio.domain.TaintEffect;
import io.dsstudio.domain.Toleration;
import io.dsstudio.reconcile.ActionType;
import io.dsstudio.reconcile.DaemonSetPlan;
import io.dsstudio.reconcile.DeleteCause;
import io.dsstudio.reconcile.NodeVerdict;
import io.dsstudio.reconcile.PlannedAction;
import io.dsstudio.ui.common.ReasonText;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the reconciler's verdict and actions for one node into the matrix's verdict. It decides nothing about
 * placement itself: shouldRun, shouldContinueRunning, reasons and actions all come from the plan.
 */
final class PlacementClassifier {
    private PlacementClassifier() {
    }

    static PlacementRow classify(DaemonSet ds, DaemonSetPlan plan, NodeVerdict verdict, ClusterNode node, List<Pod> pods,
                                 int podsOnNode, ReasonText text) {
        List<PlannedAction> actions = plan.actions().stream().filter(a -> verdict.node().equals(a.node())).toList();
        List<String> reasons = new ArrayList<>(verdict.reasons().stream().map(text::of).toList());
        actions.stream().filter(a -> a.reason() != null).map(text::of).forEach(reasons::add);
        PlacementHints hints = hints(ds, node, podsOnNode);
        boolean deletes = actions.stream().anyMatch(a -> a.type() == ActionType.DELETE);
        if (actions.stream().anyMatch(a -> a.cause() == DeleteCause.NoExecuteTaint)) {
            return new PlacementRow(verdict.node(), PlacementVerdict.WILL_EVICT, reasons, null, hints);
        }
        if (actions.stream().anyMatch(a -> a.cause() == DeleteCause.RollingUpdate)) {
            return new PlacementRow(verdict.node(), PlacementVerdict.OUT_OF_DATE, reasons, null, hints);
        }
        if (deletes) {
            return new PlacementRow(verdict.node(), PlacementVerdict.WILL_DELETE, reasons, null, hints);
        }
        if (actions.stream().anyMatch(a -> a.type() == ActionType.CREATE)) {
            return new PlacementRow(verdict.node(), PlacementVerdict.WILL_CREATE, reasons, null, hints);
        }
        if (pods.isEmpty()) {
            PlacementVerdict v = verdict.shouldRun() ? PlacementVerdict.WILL_CREATE : PlacementVerdict.EXCLUDED;
            return new PlacementRow(verdict.node(), v, reasons, null, hints);
        }
        Long evictAfter = node == null ? null : tolerationSeconds(ds, node);
        if (evictAfter != null) {
            return new PlacementRow(verdict.node(), PlacementVerdict.WILL_EVICT, reasons, evictAfter, hints);
        }
        if (!verdict.shouldRun() && verdict.shouldContinueRunning()) {
            return new PlacementRow(verdict.node(), PlacementVerdict.RUNS_MISSCHEDULED, reasons, null, hints);
        }
        Long generation = ds.generation();
        boolean outdated = generation != null && pods.stream()
                .noneMatch(p -> generation.toString().equals(p.meta().labels().get(Pod.TEMPLATE_GENERATION_LABEL)));
        if (outdated) {
            String podGeneration = pods.get(0).meta().labels().getOrDefault(Pod.TEMPLATE_GENERATION_LABEL, "-");
            return new PlacementRow(verdict.node(), PlacementVerdict.OUT_OF_DATE, reasons, null, podGeneration, generation, hints);
        }
        return new PlacementRow(verdict.node(), PlacementVerdict.RUNS, reasons, null, hints);
    }

    /** The smallest tolerationSeconds among the DaemonSet's tolerations that admit a NoExecute taint of the node. */
    private static Long tolerationSeconds(DaemonSet ds, ClusterNode node) {
        Long smallest = null;
        for (Taint taint : node.taints()) {
            if (!TaintEffect.NO_EXECUTE.equals(taint.effect())) {
                continue;
            }
            for (Toleration toleration : ds.template().spec().tolerations()) {
                if (toleration.tolerationSeconds() != null && toleration.tolerates(taint)) {
                    smallest = smallest == null ? toleration.tolerationSeconds() : Math.min(smallest, toleration.tolerationSeconds());
                }
            }
        }
        return smallest;
    }

    private static PlacementHints hints(DaemonSet ds, ClusterNode node, int podsOnNode) {
        List<Integer> hostPorts = new ArrayList<>();
        for (Container container : ds.template().spec().containers()) {
            for (ContainerPort port : container.ports()) {
                if (port.hostPort() != null && port.hostPort() > 0) {
                    hostPorts.add(port.hostPort());
                }
            }
        }
        if (node == null) {
            return new PlacementHints(hostPorts, podsOnNode, "", "", "");
        }
        return new PlacementHints(hostPorts, podsOnNode, node.allocatable().getOrDefault("pods", ""),
                node.allocatable().getOrDefault("cpu", ""), node.allocatable().getOrDefault("memory", ""));
    }
}
