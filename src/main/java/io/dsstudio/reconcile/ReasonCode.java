package io.dsstudio.reconcile;

/** Why a DaemonSet pod should not run on a node, in upstream's check order (semantics.md §3, §10). */
public enum ReasonCode {
    NodeNameMismatch, NodeSelectorMismatch, NodeAffinityMismatch, UntoleratedTaint
}
