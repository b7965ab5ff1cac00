package io.dsstudio.reconcile;

/**
 * One thing the controller would do in this sync.
 *
 * @param pod    the pod deleted, null for a create
 * @param cause  why a pod is deleted, null for a create
 * @param reason why, in words
 */
public record PlannedAction(ActionType type, String node, String pod, DeleteCause cause, String reason) {
    public static PlannedAction create(String node, String reason) {
        return new PlannedAction(ActionType.CREATE, node, null, null, reason);
    }

    public static PlannedAction delete(String node, String pod, DeleteCause cause, String reason) {
        return new PlannedAction(ActionType.DELETE, node, pod, cause, reason);
    }
}
