package io.dsstudio.reconcile;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Pod;

import java.time.Instant;

/** What one DaemonSet's sync reads besides nodes and pods: the DaemonSet, its current revision and the clock. */
record SyncContext(DaemonSet ds, TemplateRevision revision, Instant now) {

    boolean isAvailable(Pod pod) {
        return PodAvailability.isAvailable(pod, ds.minReadySeconds(), now);
    }

    boolean isUpdated(Pod pod) {
        return revision.isUpdated(pod);
    }

    /** DU AllowsSurge: RollingUpdate with maxSurge scaled against 1 above 0. */
    boolean allowsSurge() {
        return RollingUpdateBudget.surgeCount(ds, 1).map(n -> n > 0).orElse(false);
    }
}
