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

    /**
     * @param actions the plan's actions on this node (indexed once per DaemonSet: filtering all actions for each of
     *                10,000 nodes made a placement quadratic)
     */
    static PlacementRow classify(DaemonSet ds, NodeVerdict verdict, List<PlannedAction> actions, ClusterNode node,
                                 List<Pod> pods, int podsOnNode, ReasonText text) {
        List<String> reasons = new ArrayList<>(verdict.reasons().stream().map(text::of).toList());
        actions.stream().filter(a -> a.reason() != null).map(text::of).forEach(reasons::add);
        PlacementHints hints = hints(ds, node, podsOnNode);
        PlacementVerdict v = verdictOf(ds, verdict, actions, node, pods);
        Long evictAfter = v == PlacementVerdict.WILL_EVICT && actions.isEmpty() && !pods.isEmpty() ? tolerationSeconds(ds, node) : null;
        if (v == PlacementVerdict.OUT_OF_DATE && actions.isEmpty()) {
            String podGeneration = pods.get(0).meta().labels().getOrDefault(Pod.TEMPLATE_GENERATION_LABEL, "-");
            return new PlacementRow(verdict.node(), v, reasons, null, podGeneration, ds.generation(), hints);
        }
        return new PlacementRow(verdict.node(), v, reasons, evictAfter, hints);
    }

    /** The matrix's verdict alone (the map's colour): no reason texts, no hints. */
    static PlacementVerdict verdictOf(DaemonSet ds, NodeVerdict verdict, List<PlannedAction> actions, ClusterNode node, List<Pod> pods) {
        boolean deletes = false;
        boolean creates = false;
        boolean evicts = false;
        boolean rolls = false;
        for (PlannedAction a : actions) {
            deletes |= a.type() == ActionType.DELETE;
            creates |= a.type() == ActionType.CREATE;
            evicts |= a.cause() == DeleteCause.NoExecuteTaint;
            rolls |= a.cause() == DeleteCause.RollingUpdate;
        }
        if (evicts) {
            return PlacementVerdict.WILL_EVICT;
        }
        if (rolls) {
            return PlacementVerdict.OUT_OF_DATE;
        }
        if (deletes) {
            return PlacementVerdict.WILL_DELETE;
        }
        if (creates) {
            return PlacementVerdict.WILL_CREATE;
        }
        if (pods.isEmpty()) {
            return verdict.shouldRun() ? PlacementVerdict.WILL_CREATE : PlacementVerdict.EXCLUDED;
        }
        if (node != null && tolerationSeconds(ds, node) != null) {
            return PlacementVerdict.WILL_EVICT;
        }
        if (!verdict.shouldRun() && verdict.shouldContinueRunning()) {
            return PlacementVerdict.RUNS_MISSCHEDULED;
        }
        Long generation = ds.generation();
        if (generation != null) {
            String wanted = generation.toString();
            boolean current = false;
            for (Pod p : pods) {
                current |= wanted.equals(p.meta().labels().get(Pod.TEMPLATE_GENERATION_LABEL));
            }
            if (!current) {
                return PlacementVerdict.OUT_OF_DATE;
            }
        }
        return PlacementVerdict.RUNS;
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
