package io.dsstudio.cluster;

/**
 * One kubeconfig context as the connect dialog lists it.
 *
 * @param namespace the context's namespace, or null when it names none
 * @param server    the API server URL of its cluster, or null when the cluster entry is missing
 */
public record ContextInfo(String name, String cluster, String user, String namespace, String server) {
}
