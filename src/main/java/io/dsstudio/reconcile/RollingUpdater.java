package io.dsstudio.reconcile;

import io.dsstudio.domain.MessageText;
import io.dsstudio.domain.Pod;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
    record Step(List<PlannedAction> actions, String problem, MessageText problemText) {
        Step(List<PlannedAction> actions) {
            this(actions, null, null);
        }
    }

    /** UP findUpdatedPodsOnNode: at most one new and one old pod (terminating pods skipped), else not ok. */
    private record NodePods(Pod newPod, Pod oldPod, boolean ok) {
        private static final NodePods NONE = new NodePods(null, null, true);

        /** The same from the facts of a node's only pod, without reading the pod's labels again. */
        static NodePods of(List<Pod> pods, byte facts, SyncContext ctx) {
            if (pods == null) {
                return NONE;
            }
            if (!PodFacts.isKnown(facts)) {
                return of(pods, ctx);
            }
            if (PodFacts.isBeingDeleted(facts)) {
                return NONE;
            }
            Pod pod = pods.get(0);
            return PodFacts.isUpdated(facts) ? new NodePods(pod, null, true) : new NodePods(null, pod, true);
        }

        static NodePods of(List<Pod> pods, SyncContext ctx) {
            Pod newPod = null;
            Pod oldPod = null;
            for (Pod pod : pods) {
                if (pod.isBeingDeleted()) {
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

    /**
     * The controller's nodeToDaemonPods map plus every node that should run the DaemonSet, walked in name order:
     * the plan's nodes (by position, already sorted by name) merged with the missing nodes pods target.
     */
    private static final class Walk {
        final int[] order;          // >= 0: node position; < 0: -(i + 1) for missingNames[i]
        final String[] missingNames;

        Walk(NodeIndex nodes, List<NodeVerdict> verdicts, ClaimedPods claimed) {
            this.missingNames = new TreeMap<>(claimed.onMissingNodes()).keySet().toArray(String[]::new);
            int[] out = new int[nodes.size() + missingNames.length];
            int n = 0;
            int m = 0;
            for (int i = 0; i < nodes.size(); i++) {
                if (!claimed.has(i) && !VerdictList.shouldRun(verdicts, i)) {
                    continue;
                }
                while (m < missingNames.length && missingNames[m].compareTo(nodes.name(i)) < 0) {
                    out[n++] = -(m++ + 1);
                }
                out[n++] = i;
            }
            while (m < missingNames.length) {
                out[n++] = -(m++ + 1);
            }
            this.order = Arrays.copyOf(out, n);
        }
    }

    static Step plan(SyncContext ctx, NodeIndex nodes, List<NodeVerdict> verdicts, ClaimedPods claimed) {
        int desired = 0;
        for (int i = 0; i < verdicts.size(); i++) {
            if (VerdictList.shouldRun(verdicts, i)) {
                desired++;
            }
        }
        Optional<RollingUpdateBudget.Budget> budget = RollingUpdateBudget.of(ctx.ds(), desired);
        if (budget.isEmpty()) {
            return new Step(List.of(), "maxUnavailable/maxSurge cannot be scaled, so the controller does no rolling update",
                    MessageText.of("diag.RollingUpdateBlocked.unscalable"));
        }
        Walk walk = new Walk(nodes, verdicts, claimed);
        return budget.get().maxSurge() == 0
                ? deleteFirst(ctx, nodes, claimed, walk, budget.get().maxUnavailable())
                : createFirst(ctx, nodes, verdicts, claimed, walk, budget.get().maxSurge(), desired);
    }

    private static String name(NodeIndex nodes, Walk walk, int entry) {
        return entry >= 0 ? nodes.name(entry) : walk.missingNames[-entry - 1];
    }

    private static NodePods pods(ClaimedPods claimed, Walk walk, int entry, SyncContext ctx) {
        return entry >= 0 ? NodePods.of(claimed.on(entry), claimed.facts(entry), ctx)
                : NodePods.of(claimed.onMissingNodes().get(walk.missingNames[-entry - 1]), ctx);
    }

    /** Availability of a node's pod, from the facts when it is the node's only pod. */
    private static boolean isAvailable(Pod pod, ClaimedPods claimed, int entry, SyncContext ctx) {
        return entry >= 0 && PodFacts.isKnown(claimed.facts(entry)) ? PodFacts.isAvailable(claimed.facts(entry)) : ctx.isAvailable(pod);
    }

    private static Step deleteFirst(SyncContext ctx, NodeIndex nodes, ClaimedPods claimed, Walk walk, int maxUnavailable) {
        int numUnavailable = 0;
        List<PlannedAction> replacements = new ArrayList<>();
        List<PlannedAction> candidates = new ArrayList<>();
        for (int entry : walk.order) {
            NodePods p = pods(claimed, walk, entry, ctx);
            if (!p.ok() || (p.oldPod() == null) == (p.newPod() == null)) {
                numUnavailable++;           // manage() sorts this node out; it counts as unavailable
            } else if (p.newPod() != null) {
                if (!isAvailable(p.newPod(), claimed, entry, ctx)) {
                    numUnavailable++;
                }
            } else if (!isAvailable(p.oldPod(), claimed, entry, ctx)) {
                replacements.add(PlannedAction.delete(name(nodes, walk, entry), p.oldPod().name(), DeleteCause.RollingUpdate,
                        "rolling update: out-of-date pod is not available, so it is replaced regardless of maxUnavailable"));
                numUnavailable++;
            } else if (numUnavailable < maxUnavailable) {
                candidates.add(PlannedAction.delete(name(nodes, walk, entry), p.oldPod().name(), DeleteCause.RollingUpdate,
                        "rolling update: out-of-date pod is replaced (maxUnavailable " + maxUnavailable + ")"));
            }
        }
        int remaining = Math.max(0, Math.min(maxUnavailable - numUnavailable, candidates.size()));
        List<PlannedAction> out = new ArrayList<>(replacements);
        out.addAll(candidates.subList(0, remaining));
        return new Step(out);
    }

    private static Step createFirst(SyncContext ctx, NodeIndex nodes, List<NodeVerdict> verdicts, ClaimedPods claimed,
                                    Walk walk, int maxSurge, int desired) {
        List<PlannedAction> deletes = new ArrayList<>();
        List<PlannedAction> shouldNotRunDeletes = new ArrayList<>();
        List<PlannedAction> allowedCreates = new ArrayList<>();
        List<PlannedAction> candidateCreates = new ArrayList<>();
        int numSurge = 0;
        int numAvailable = 0;
        for (int entry : walk.order) {
            NodePods p = pods(claimed, walk, entry, ctx);
            if (!p.ok()) {
                numSurge++;
                continue;
            }
            Pod counted = p.oldPod() != null ? p.oldPod() : p.newPod();
            if (counted != null && isAvailable(counted, claimed, entry, ctx)) {
                numAvailable++;
            }
            if (p.oldPod() == null) {
                continue;
            }
            String node = name(nodes, walk, entry);
            if (p.newPod() != null) {
                if (ctx.isAvailable(p.newPod())) {
                    deletes.add(PlannedAction.delete(node, p.oldPod().name(), DeleteCause.RollingUpdate,
                            "surge update: new pod " + p.newPod().name() + " is available"));
                } else {
                    numSurge++;
                }
                continue;
            }
            NodeVerdict verdict = entry >= 0 ? verdicts.get(entry) : null;
            if (verdict == null) {
                return new Step(List.of(), "rolling update stops: pod " + p.oldPod().name() + " targets node " + node
                        + ", which does not exist (the controller returns an error)",
                        MessageText.of("diag.RollingUpdateBlocked.missingNode", p.oldPod().name(), node));
            }
            boolean oldAvailable = isAvailable(p.oldPod(), claimed, entry, ctx);
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
        return new Step(out);
    }
}
