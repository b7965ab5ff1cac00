package io.dsstudio.reconcile;

import io.dsstudio.domain.Taint;

/**
 * A change that makes one failing placement check pass. Removing a {@code node.kubernetes.io/*} taint is never
 * offered: the node controller puts it back (semantics.md §3.4).
 */
public sealed interface QuickFix {
    /** Node edit: set label {@code key=value} on the node. */
    record AddNodeLabel(String key, String value) implements QuickFix {
    }

    /** Node edit: remove the taint (its key and effect) from the node. */
    record RemoveNodeTaint(Taint taint) implements QuickFix {
    }

    /** DaemonSet edit: add a toleration of the taint to the pod template. */
    record TolerateTaint(Taint taint) implements QuickFix {
    }

    /** Whether the node controller owns the taint (not-ready, unreachable, pressure, unschedulable, ...). */
    static boolean isNodeControllerTaint(Taint taint) {
        return taint.key().startsWith("node.kubernetes.io/");
    }
}
