package io.dsstudio.reconcile;

import io.dsstudio.domain.Pod;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * UP rollingUpdate (semantics.md §6): delete-first with maxSurge 0, create-first otherwise. Nodes are visited
 * by name, so the picks among equivalent candidates are deterministic (upstream's map order is random; the
 * counts are the same).
 */
final class RollingUpdater {
    private RollingUpdater() {
    }

    /** The actions of one rolling-update step, or the reason there is none. */
    record Step(List<PlannedAction> actions, String problem) {
    }

    /** UP findUpdatedPodsOnNode: at most one new and one old pod (terminating pods skipped), else not ok. */
    private record NodePods(Pod newPod, Pod oldPod, boolean ok) {
        static NodePods of(List<Pod> pods, SyncContext ctx) {
            Pod newPod = null;
            Pod oldPod = null;
            for (Pod pod : pods) {
                if (pod.meta().isBeingDeleted()) {
                    continue;
                }
                if (ctx.isUpdated(pod)) {
                    if (newPod != null) {
                        return new NodePods(null, null, false);
                    }
                    newPod = pod;
                } else {
                    if (oldPod != null) {
                        return new NodePods(null, null, false);
                    }
                    oldPod = pod;
                }
            }
            return new NodePods(newPod, oldPod, true);
        }
    }

    static Step plan(SyncContext ctx, NodeIndex nodes, List<NodeVerdict> verdictList, ClaimedPods claimed) {
        TreeMap<String, List<Pod>> nodeToPods = claimed.byNodeName(nodes);
        Map<String, NodeVerdict> verdicts = new HashMap<>();
        int desired = 0;
        for (NodeVerdict v : verdictList) {
            verdicts.put(v.node(), v);
            if (v.shouldRun()) {
                desired++;
                nodeToPods.putIfAbsent(v.node(), List.of());
            }
        }
        Optional<RollingUpdateBudget.Budget> budget = RollingUpdateBudget.of(ctx.ds(), desired);
        if (budget.isEmpty()) {
            return new Step(List.of(), "maxUnavailable/maxSurge cannot be scaled, so the controller does no rolling update");
        }
        return budget.get().maxSurge() == 0
                ? deleteFirst(ctx, nodeToPods, budget.get().maxUnavailable())
                : createFirst(ctx, verdicts, nodeToPods, budget.get().maxSurge(), desired);
    }

    private static Step deleteFirst(SyncContext ctx, TreeMap<String, List<Pod>> nodeToPods, int maxUnavailable) {
        int numUnavailable = 0;
        List<PlannedAction> replacements = new ArrayList<>();
        List<PlannedAction> candidates = new ArrayList<>();
        for (Map.Entry<String, List<Pod>> e : nodeToPods.entrySet()) {
            NodePods p = NodePods.of(e.getValue(), ctx);
            if (!p.ok() || (p.oldPod() == null) == (p.newPod() == null)) {
                numUnavailable++;           // manage() sorts this node out; it counts as unavailable
            } else if (p.newPod() != null) {
                if (!ctx.isAvailable(p.newPod())) {
                    numUnavailable++;
                }
            } else if (!ctx.isAvailable(p.oldPod())) {
                replacements.add(PlannedAction.delete(e.getKey(), p.oldPod().name(), DeleteCause.RollingUpdate,
                        "rolling update: out-of-date pod is not available, so it is replaced regardless of maxUnavailable"));
                numUnavailable++;
            } else if (numUnavailable < maxUnavailable) {
                candidates.add(PlannedAction.delete(e.getKey(), p.oldPod().name(), DeleteCause.RollingUpdate,
                        "rolling update: out-of-date pod is replaced (maxUnavailable " + maxUnavailable + ")"));
            }
        }
        int remaining = Math.max(0, Math.min(maxUnavailable - numUnavailable, candidates.size()));
        List<PlannedAction> out = new ArrayList<>(replacements);
        out.addAll(candidates.subList(0, remaining));
        return new Step(out, null);
    }

    private static Step createFirst(SyncContext ctx, Map<String, NodeVerdict> verdicts, TreeMap<String, List<Pod>> nodeToPods,
                                    int maxSurge, int desired) {
        List<PlannedAction> deletes = new ArrayList<>();
        List<PlannedAction> shouldNotRunDeletes = new ArrayList<>();
        List<PlannedAction> allowedCreates = new ArrayList<>();
        List<PlannedAction> candidateCreates = new ArrayList<>();
        int numSurge = 0;
        int numAvailable = 0;
        for (Map.Entry<String, List<Pod>> e : nodeToPods.entrySet()) {
            String node = e.getKey();
            NodePods p = NodePods.of(e.getValue(), ctx);
            if (!p.ok()) {
                numSurge++;
                continue;
            }
            Pod counted = p.oldPod() != null ? p.oldPod() : p.newPod();
            if (counted != null && ctx.isAvailable(counted)) {
                numAvailable++;
            }
            if (p.oldPod() == null) {
                continue;
            }
            if (p.newPod() != null) {
                if (ctx.isAvailable(p.newPod())) {
                    deletes.add(PlannedAction.delete(node, p.oldPod().name(), DeleteCause.RollingUpdate,
                            "surge update: new pod " + p.newPod().name() + " is available"));
                } else {
                    numSurge++;
                }
                continue;
            }
            NodeVerdict verdict = verdicts.get(node);
            if (verdict == null) {
                return new Step(List.of(), "rolling update stops: pod " + p.oldPod().name() + " targets node " + node
                        + ", which does not exist (the controller returns an error)");
            }
            boolean oldAvailable = ctx.isAvailable(p.oldPod());
            if (!verdict.shouldRun()) {
                PlannedAction delete = PlannedAction.delete(node, p.oldPod().name(), DeleteCause.RollingUpdate,
                        oldAvailable ? "surge update: the node no longer runs the DaemonSet and enough pods are available elsewhere"
                                : "surge update: out-of-date pod is not available and the node no longer runs the DaemonSet");
                (oldAvailable ? shouldNotRunDeletes : deletes).add(delete);
            } else if (!oldAvailable) {
                allowedCreates.add(PlannedAction.create(node, "surge update: out-of-date pod " + p.oldPod().name()
                        + " is not available; create its replacement regardless of maxSurge"));
            } else if (numSurge < maxSurge) {
                candidateCreates.add(PlannedAction.create(node, "surge update: create a new pod next to out-of-date pod "
                        + p.oldPod().name() + " (maxSurge " + maxSurge + ")"));
            }
        }
        List<PlannedAction> out = new ArrayList<>(allowedCreates);
        out.addAll(candidateCreates.subList(0, Math.max(0, Math.min(maxSurge - numSurge, candidateCreates.size()))));
        out.addAll(deletes);
        out.addAll(shouldNotRunDeletes.subList(0, Math.max(0, Math.min(numAvailable - desired, shouldNotRunDeletes.size()))));
        return new Step(out, null);
    }
}
