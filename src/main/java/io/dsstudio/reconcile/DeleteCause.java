package io.dsstudio.reconcile;

/** Why the controller deletes a pod (semantics.md §4, §6). */
public enum DeleteCause {
    NotShouldContinueRunning, NoExecuteTaint, Duplicate, Failed, Succeeded, RollingUpdate, UnscheduledOnMissingNode
}
