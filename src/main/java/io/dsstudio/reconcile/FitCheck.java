package io.dsstudio.reconcile;

/**
 * One placement check of {@code explain}: the rule, whether it passed, and the node's and the DaemonSet's
 * values side by side in {@code detail}.
 */
public record FitCheck(String rule, boolean passed, String detail) {
}
