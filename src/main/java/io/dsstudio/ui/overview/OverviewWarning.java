package io.dsstudio.ui.overview;

/**
 * One warning of the snapshot (reading, validation or planning).
 *
 * @param daemonSet the DaemonSet it is about (namespace/name), or null
 * @param node      the node it is about (a pod's node for a pod), or null
 */
public record OverviewWarning(String severity, String code, String object, String message, String daemonSet, String node,
                              io.dsstudio.domain.MessageText text) {
}
