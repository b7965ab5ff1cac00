package io.dsstudio.reconcile;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Pod;

/**
 * Where a plan is carried out: the embedded model of a snapshot, or a live cluster. The same {@link Plan}
 * that a preview shows is handed to {@link PlanApplier}, which calls these.
 */
public interface ClusterPort {
    void createDaemonPod(DaemonSet daemonSet, String node);

    void deletePod(Pod pod, DeleteCause cause);
}
