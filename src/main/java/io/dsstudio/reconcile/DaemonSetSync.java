package io.dsstudio.reconcile;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Diagnostic;
import io.dsstudio.domain.Pod;
import io.dsstudio.domain.Severity;

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

    /** The sync of {@code ctx.ds()}; the verdicts come from {@code placements}, built over {@code nodes}. */
    static DaemonSetPlan sync(SyncContext ctx, NodeIndex nodes, SharedPlacements placements, ClaimedPods claimed,
                              List<Diagnostic> warnings) {
        DaemonSet ds = ctx.ds();
        SharedPlacements.Placement placement = placements.of(ds);
        NodeFit.Fit[] fits = placement.fits();
        VerdictList verdicts = placement.verdicts();
        StatusCalculator status = new StatusCalculator();
        List<PlannedAction> actions = new ArrayList<>();
        statusAndManage(ctx, nodes, fits, claimed, status, actions);
        missingNodes(ds, claimed, actions, warnings);
        if (actions.isEmpty() && ds.updateStrategy() != null && ds.updateStrategy().isRollingUpdate()) {
            rollingUpdate(ctx, nodes, verdicts, claimed, actions, warnings);
        }
        actions.sort(ACTION_ORDER);
        return new DaemonSetPlan(ds.meta().namespace(), ds.meta().name(), status.counts(), verdicts, actions,
                claimed.adoptedNames(), claimed.releasedNames());
    }

    /**
     * {@link StatusCalculator#add} and {@link NodeManager#manage} for every node, from the name-free verdicts
     * (the verdict of node {@code i} is {@code fits[i].forNode(nodes.name(i))}) without building a verdict
     * or a pod list for the common nodes: no pod, or one live pod the facts describe.
     */
    static void statusAndManage(SyncContext ctx, NodeIndex nodes, NodeFit.Fit[] fits, ClaimedPods claimed,
                                StatusCalculator status, List<PlannedAction> actions) {
        for (int i = 0; i < fits.length; i++) {
            NodeFit.Fit fit = fits[i];
            boolean shouldRun = fit.shouldRun();
            byte facts = claimed.facts(i);
            if (!PodFacts.hasPod(facts)) {
                // no pod: counts only as desired; manage() creates one when the node should run it
                if (shouldRun) {
                    status.add(true, false, null, PodFacts.UNKNOWN, ctx);
                    actions.add(NodeManager.createMissing(nodes.name(i)));
                }
                continue;
            }
            if (PodFacts.isKnown(facts)) {
                status.add(shouldRun, true, null, facts, ctx);      // known facts: the pod is not read
                if (fit.shouldContinueRunning() && PodFacts.isPlainRunning(facts)) {
                    continue;   // manage(): one live pod, nothing to prune or replace
                }
                NodeManager.manage(nodes.name(i), shouldRun, fit.shouldContinueRunning(), fit.reasons(),
                        claimed.on(i), facts, ctx, actions);
                continue;
            }
            List<Pod> pods = claimed.on(i);
            status.add(shouldRun, true, pods, facts, ctx);
            NodeManager.manage(nodes.name(i), shouldRun, fit.shouldContinueRunning(), fit.reasons(),
                    pods, facts, ctx, actions);
        }
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
                                    + "the pod garbage collector removes it, the DaemonSet controller does not")
                            .withText("diag.PodOnMissingNode", ds.key(), node));
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
                                + "and out-of-date pods cannot be told apart: no rolling-update step is planned")
                        .withText("diag.UnknownTemplateRevision", DaemonSet.GENERATION_ANNOTATION));
            }
            return;
        }
        RollingUpdater.Step step = RollingUpdater.plan(ctx, nodes, verdicts, claimed);
        if (step.problem() != null) {
            warnings.add(new Diagnostic(Severity.WARNING, "RollingUpdateBlocked", ds.ref().toString(),
                    "spec.updateStrategy", null, step.problem(), null, step.problemText()));
        }
        actions.addAll(step.actions());
    }
}
