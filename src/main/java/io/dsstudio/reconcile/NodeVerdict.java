package io.dsstudio.reconcile;

import java.util.List;

/**
 * Upstream's NodeShouldRunDaemonPod for one (node, DaemonSet) pair. {@code reasons} is empty when
 * shouldRun is true; otherwise every failing check in upstream's order, so {@code reasons.get(0)} is
 * upstream's verdict.
 */
public record NodeVerdict(String node, boolean shouldRun, boolean shouldContinueRunning, List<Reason> reasons) {
    public NodeVerdict {
        reasons = List.copyOf(reasons);
    }
}
