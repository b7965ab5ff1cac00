package io.dsstudio.reconcile;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Diagnostic;
import io.dsstudio.domain.Pod;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One controller sync of one DaemonSet (DC syncDaemonSet → manage, rollingUpdate, updateDaemonSetStatus) over
 * nodes sorted by name. Rolling-update actions appear only when manage() has nothing to do, as the controller
 * waits for its expectations between the two.
 */
final class DaemonSetSync {
    static final Comparator<PlannedAction> ACTION_ORDER = Comparator
            .comparing(PlannedAction::node)
            .thenComparing(a -> a.pod() == null ? "" : a.pod());

    private DaemonSetSync() {
    }

    static DaemonSetPlan sync(SyncContext ctx, List<ClusterNode> sortedNodes, ClaimedPods claimed, List<Diagnostic> warnings) {
        DaemonSet ds = ctx.ds();
        NodeFit fit = NodeFit.forDaemonSet(ds);
        List<NodeVerdict> verdicts = new ArrayList<>(sortedNodes.size());
        Map<String, NodeVerdict> byName = new HashMap<>(sortedNodes.size() * 2);
        StatusCalculator status = new StatusCalculator();
        List<PlannedAction> actions = new ArrayList<>();
        for (ClusterNode node : sortedNodes) {
            NodeVerdict verdict = fit.verdict(node);
            verdicts.add(verdict);
            byName.put(node.name(), verdict);
            List<Pod> pods = claimed.on(node.name());
            status.add(verdict, pods, ctx);
            NodeManager.manage(verdict, pods, ctx, actions);
        }
        missingNodes(ds, claimed, byName, actions, warnings);
        if (actions.isEmpty() && ds.updateStrategy() != null && ds.updateStrategy().isRollingUpdate()) {
            rollingUpdate(ctx, byName, claimed, actions, warnings);
        }
        actions.sort(ACTION_ORDER);
        return new DaemonSetPlan(ds.meta().namespace(), ds.meta().name(), status.counts(), verdicts, actions);
    }

    /** DC getUnscheduledPodsWithoutNode: unbound pods of missing nodes are deleted; bound ones are pod GC's job. */
    private static void missingNodes(DaemonSet ds, ClaimedPods claimed, Map<String, NodeVerdict> existing,
                                     List<PlannedAction> actions, List<Diagnostic> warnings) {
        List<String> missing = claimed.byNode().keySet().stream().filter(n -> !existing.containsKey(n)).sorted().toList();
        for (String node : missing) {
            for (Pod pod : claimed.on(node)) {
                if (pod.spec().nodeName().isEmpty()) {
                    actions.add(PlannedAction.delete(node, pod.name(), DeleteCause.UnscheduledOnMissingNode,
                            "the pod was never bound and its node " + node + " does not exist"));
                } else {
                    warnings.add(Diagnostic.warning("PodOnMissingNode", pod.ref(), "spec.nodeName",
                            "pod of " + ds.key() + " is bound to node " + node + ", which is not in the snapshot; "
                                    + "the pod garbage collector removes it, the DaemonSet controller does not"));
                }
            }
        }
    }

    private static void rollingUpdate(SyncContext ctx, Map<String, NodeVerdict> byName, ClaimedPods claimed,
                                      List<PlannedAction> actions, List<Diagnostic> warnings) {
        DaemonSet ds = ctx.ds();
        if (!ctx.revision().isKnown()) {
            if (!claimed.byNode().isEmpty()) {
                warnings.add(Diagnostic.warning("UnknownTemplateRevision", ds.ref(), null,
                        "neither the template generation (annotation " + DaemonSet.GENERATION_ANNOTATION
                                + ") nor a ControllerRevision of the current template is in the snapshot, so updated "
                                + "and out-of-date pods cannot be told apart: no rolling-update step is planned"));
            }
            return;
        }
        RollingUpdater.Step step = RollingUpdater.plan(ctx, byName, claimed);
        if (step.problem() != null) {
            warnings.add(Diagnostic.warning("RollingUpdateBlocked", ds.ref(), "spec.updateStrategy", step.problem()));
        }
        actions.addAll(step.actions());
    }
}
