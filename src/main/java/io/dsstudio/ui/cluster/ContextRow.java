package io.dsstudio.ui.cluster;

/**
 * One kubeconfig context as the connect dialog lists it (no credentials: only names and the server URL).
 *
 * @param namespace the context's namespace, or "" when it names none
 * @param current   the kubeconfig's current-context
 * @param readOnly  marked read-only: apply is refused
 */
public record ContextRow(String name, String cluster, String server, String namespace, boolean current, boolean readOnly) {
}
