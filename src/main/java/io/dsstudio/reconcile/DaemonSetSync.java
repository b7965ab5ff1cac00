package io.dsstudio.reconcile;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Diagnostic;
import io.dsstudio.domain.Pod;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

    static DaemonSetPlan sync(SyncContext ctx, NodeIndex nodes, ClaimedPods claimed, List<Diagnostic> warnings) {
        DaemonSet ds = ctx.ds();
        List<NodeVerdict> verdicts = PlacementVerdicts.of(NodeFit.forDaemonSet(ds), nodes);
        StatusCalculator status = new StatusCalculator();
        List<PlannedAction> actions = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            NodeVerdict verdict = verdicts.get(i);
            List<Pod> pods = claimed.on(i);
            byte facts = claimed.facts(i);
            status.add(verdict, pods, facts, ctx);
            NodeManager.manage(verdict, pods, facts, ctx, actions);
        }
        missingNodes(ds, claimed, actions, warnings);
        if (actions.isEmpty() && ds.updateStrategy() != null && ds.updateStrategy().isRollingUpdate()) {
            rollingUpdate(ctx, nodes, verdicts, claimed, actions, warnings);
        }
        actions.sort(ACTION_ORDER);
        return new DaemonSetPlan(ds.meta().namespace(), ds.meta().name(), status.counts(), verdicts, actions);
    }

    /** DC getUnscheduledPodsWithoutNode: unbound pods of missing nodes are deleted; bound ones are pod GC's job. */
    static void missingNodes(DaemonSet ds, ClaimedPods claimed, List<PlannedAction> actions, List<Diagnostic> warnings) {
        for (Map.Entry<String, List<Pod>> e : new TreeMap<>(claimed.onMissingNodes()).entrySet()) {
            String node = e.getKey();
            for (Pod pod : e.getValue()) {
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

    static void rollingUpdate(SyncContext ctx, NodeIndex nodes, List<NodeVerdict> verdicts, ClaimedPods claimed,
                                      List<PlannedAction> actions, List<Diagnostic> warnings) {
        DaemonSet ds = ctx.ds();
        if (!ctx.revision().isKnown()) {
            if (!claimed.isEmpty()) {
                warnings.add(Diagnostic.warning("UnknownTemplateRevision", ds.ref(), null,
                        "neither the template generation (annotation " + DaemonSet.GENERATION_ANNOTATION
                                + ") nor a ControllerRevision of the current template is in the snapshot, so updated "
                                + "and out-of-date pods cannot be told apart: no rolling-update step is planned"));
            }
            return;
        }
        RollingUpdater.Step step = RollingUpdater.plan(ctx, nodes, verdicts, claimed);
        if (step.problem() != null) {
            warnings.add(Diagnostic.warning("RollingUpdateBlocked", ds.ref(), "spec.updateStrategy", step.problem()));
        }
        actions.addAll(step.actions());
    }
}
