package io.dsstudio.reconcile;

import io.dsstudio.domain.Pod;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** DC podsShouldBeOnNode: the creates and deletes manage() plans for one existing node (semantics.md §4). */
final class NodeManager {
    private NodeManager() {
    }

    /**
     * Appends the node's actions to {@code out}; {@code pods} is null when no claimed pod targets the node;
     * {@code facts} are those of its only pod, if known ({@link PodFacts}).
     */
    static void manage(NodeVerdict verdict, List<Pod> pods, byte facts, SyncContext ctx, List<PlannedAction> out) {
        manage(verdict.node(), verdict.shouldRun(), verdict.shouldContinueRunning(), verdict.reasons(), pods, facts, ctx, out);
    }

    /** The same for the verdict {@code new NodeVerdict(node, shouldRun, shouldContinueRunning, reasons)}. */
    static void manage(String node, boolean shouldRun, boolean shouldContinueRunning, List<Reason> reasons,
                       List<Pod> pods, byte facts, SyncContext ctx, List<PlannedAction> out) {
        boolean exists = pods != null && !pods.isEmpty();
        if (shouldRun && !exists) {
            out.add(createMissing(node));
        } else if (shouldContinueRunning) {
            if (PodFacts.isKnown(facts) && PodFacts.isPlainRunning(facts)) {
                return;     // the common case: one live pod, nothing to prune or replace
            }
            keepRunning(node, shouldRun, pods, ctx, out);
        } else if (exists) {
            DeleteCause cause = onlyTaints(reasons) ? DeleteCause.NoExecuteTaint : DeleteCause.NotShouldContinueRunning;
            String why = (cause == DeleteCause.NoExecuteTaint ? "evicted: " : "the pod may no longer run here: ")
                    + reasons.stream().map(Reason::message).collect(Collectors.joining("; "));
            for (Pod pod : pods) {
                if (!pod.isBeingDeleted()) {
                    out.add(PlannedAction.delete(node, pod.name(), cause, why));
                }
            }
        }
    }

    /** The create manage() plans for a node that should run the DaemonSet and has no daemon pod. */
    static PlannedAction createMissing(String node) {
        return PlannedAction.create(node, "the node should run the DaemonSet and has no daemon pod");
    }

    private static void keepRunning(String node, boolean shouldRun, List<Pod> pods, SyncContext ctx, List<PlannedAction> out) {
        if (pods == null || pods.size() == 1 && isPlainRunning(pods.get(0))) {
            return;     // the common case: one live pod, nothing to prune or replace
        }
        List<Pod> running = new ArrayList<>(pods.size());
        for (Pod pod : pods) {
            if (pod.isBeingDeleted()) {
                continue;
            }
            if ("Failed".equals(pod.phase())) {
                out.add(PlannedAction.delete(node, pod.name(), DeleteCause.Failed,
                        "the pod failed; a replacement is created in a later sync (after a per-node backoff)"));
            } else if ("Succeeded".equals(pod.phase())) {
                out.add(PlannedAction.delete(node, pod.name(), DeleteCause.Succeeded,
                        "the pod succeeded (exited); a replacement is created in a later sync"));
            } else {
                running.add(pod);
            }
        }
        // pods arrive oldest first (PodOrder), so running is sorted as upstream sorts it
        if (!ctx.allowsSurge()) {
            for (int i = 1; i < running.size(); i++) {
                out.add(duplicate(node, running.get(i), running.get(0)));
            }
            return;
        }
        if (running.size() <= 1) {
            if (running.isEmpty() && shouldRun) {
                out.add(PlannedAction.create(node, "surge update: no daemon pod on the node is left running"));
            }
            return;
        }
        pruneSurge(node, running, ctx, out);
    }

    /** With surge, keep the oldest new and the oldest old pod; the old one goes once it is unready or the new one available. */
    private static void pruneSurge(String node, List<Pod> running, SyncContext ctx, List<PlannedAction> out) {
        Pod oldestNew = null;
        Pod oldestOld = null;
        for (Pod pod : running) {
            if (ctx.isUpdated(pod)) {
                if (oldestNew == null) {
                    oldestNew = pod;
                    continue;
                }
                out.add(duplicate(node, pod, oldestNew));
            } else {
                if (oldestOld == null) {
                    oldestOld = pod;
                    continue;
                }
                out.add(duplicate(node, pod, oldestOld));
            }
        }
        if (oldestNew != null && oldestOld != null) {
            if (!oldestOld.isReady()) {
                out.add(PlannedAction.delete(node, oldestOld.name(), DeleteCause.RollingUpdate,
                        "surge update: old pod is not ready and " + oldestNew.name() + " replaces it"));
            } else if (ctx.isAvailable(oldestNew)) {
                out.add(PlannedAction.delete(node, oldestOld.name(), DeleteCause.RollingUpdate,
                        "surge update: new pod " + oldestNew.name() + " is available"));
            }
        }
    }

    private static boolean isPlainRunning(Pod pod) {
        return !pod.isBeingDeleted() && !pod.isTerminal();
    }

    private static PlannedAction duplicate(String node, Pod extra, Pod kept) {
        return PlannedAction.delete(node, extra.name(), DeleteCause.Duplicate,
                "more than one daemon pod on the node; keeping " + kept.name());
    }

    private static boolean onlyTaints(List<Reason> reasons) {
        return !reasons.isEmpty()
                && reasons.stream().allMatch(r -> r.code() == ReasonCode.UntoleratedTaint);
    }
}
