package io.dsstudio.reconcile;

import io.dsstudio.domain.Taint;

/**
 * A change that makes one failing placement check pass. Removing a {@code node.kubernetes.io/*} taint is never
 * offered: the node controller puts it back (semantics.md §3.4). Nor is setting a label the kubelet sets from the
 * machine itself ({@code kubernetes.io/os}, {@code kubernetes.io/arch}, zone, instance type, ...): the kubelet
 * writes it back on its next start, and a Windows node labelled linux would run Linux pods.
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

    /** The kubelet's default labels: {@code updateDefaultLabels} in upstream's pkg/kubelet/kubelet_node_status.go. */
    java.util.Set<String> KUBELET_LABELS = java.util.Set.of(
            "kubernetes.io/hostname", "kubernetes.io/os", "kubernetes.io/arch", "beta.kubernetes.io/os",
            "beta.kubernetes.io/arch", "node.kubernetes.io/instance-type", "beta.kubernetes.io/instance-type",
            "topology.kubernetes.io/zone", "topology.kubernetes.io/region", "failure-domain.beta.kubernetes.io/zone",
            "failure-domain.beta.kubernetes.io/region", "node.kubernetes.io/windows-build");

    /** Whether the kubelet sets the label from the machine, so that setting it by hand does not last. */
    static boolean isKubeletLabel(String key) {
        return KUBELET_LABELS.contains(key);
    }

    /** Whether the node controller owns the taint (not-ready, unreachable, pressure, unschedulable, ...). */
    static boolean isNodeControllerTaint(Taint taint) {
        return taint.key().startsWith("node.kubernetes.io/");
    }
}
