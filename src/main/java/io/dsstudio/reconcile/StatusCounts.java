package io.dsstudio.reconcile;

/** A DaemonSet's status as the controller computes it before its actions (semantics.md §5). */
public record StatusCounts(int desiredNumberScheduled, int currentNumberScheduled, int numberMisscheduled,
                           int numberReady, int updatedNumberScheduled, int numberAvailable, int numberUnavailable) {
    public static final StatusCounts ZERO = new StatusCounts(0, 0, 0, 0, 0, 0, 0);
}
