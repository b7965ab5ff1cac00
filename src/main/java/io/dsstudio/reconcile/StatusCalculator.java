package io.dsstudio.reconcile;

import io.dsstudio.domain.Pod;

import java.util.List;

/** DC updateDaemonSetStatus: the counts over the existing nodes, before this sync's actions (semantics.md §5). */
final class StatusCalculator {
    private int desired;
    private int current;
    private int misscheduled;
    private int ready;
    private int updated;
    private int available;

    /**
     * Adds one node; {@code pods} (oldest first) is null when no claimed pod targets it; {@code facts} are
     * those of its only pod, if known.
     */
    void add(NodeVerdict verdict, List<Pod> pods, byte facts, SyncContext ctx) {
        add(verdict.shouldRun(), pods != null && !pods.isEmpty(), pods, facts, ctx);
    }

    /**
     * The same from whether the node should run the daemon pod and whether a claimed pod targets it;
     * {@code pods} is only read when {@code scheduled} and {@code facts} are unknown.
     */
    void add(boolean shouldRun, boolean scheduled, List<Pod> pods, byte facts, SyncContext ctx) {
        if (!shouldRun) {
            if (scheduled) {
                misscheduled++;
            }
            return;
        }
        desired++;
        if (!scheduled) {
            return;
        }
        current++;
        if (PodFacts.isKnown(facts)) {
            ready += PodFacts.isReady(facts) ? 1 : 0;
            available += PodFacts.isAvailable(facts) ? 1 : 0;
            updated += PodFacts.isUpdated(facts) ? 1 : 0;
            return;
        }
        Pod oldest = pods.get(0);
        if (oldest.isReady()) {
            ready++;
            if (ctx.isAvailable(oldest)) {
                available++;
            }
        }
        if (ctx.isUpdated(oldest)) {
            updated++;
        }
    }

    StatusCounts counts() {
        return new StatusCounts(desired, current, misscheduled, ready, updated, available, desired - available);
    }
}
