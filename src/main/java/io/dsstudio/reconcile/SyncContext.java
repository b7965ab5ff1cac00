package io.dsstudio.reconcile;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Pod;

import java.time.Instant;

/** What one DaemonSet's sync reads besides nodes and pods: the DaemonSet, its current revision and the clock. */
final class SyncContext {
    private final DaemonSet ds;
    private final TemplateRevision revision;
    private final Instant now;
    private final String generationLabel;
    private final boolean allowsSurge;

    SyncContext(DaemonSet ds, TemplateRevision revision, Instant now) {
        this.ds = ds;
        this.revision = revision;
        this.now = now;
        this.generationLabel = revision.generationLabel();
        // DU AllowsSurge: RollingUpdate with maxSurge scaled against 1 above 0
        this.allowsSurge = RollingUpdateBudget.surgeCount(ds, 1).map(n -> n > 0).orElse(false);
    }

    DaemonSet ds() {
        return ds;
    }

    TemplateRevision revision() {
        return revision;
    }

    boolean isAvailable(Pod pod) {
        return PodAvailability.isAvailable(pod, ds.minReadySeconds(), now);
    }

    boolean isAvailable(io.dsstudio.domain.PodCondition ready) {
        return PodAvailability.isAvailable(ready, ds.minReadySeconds(), now);
    }

    /** DU IsPodUpdated (see {@link TemplateRevision}). */
    boolean isUpdated(Pod pod) {
        if (revision.generation() != null && generationLabel.equals(pod.meta().labels().get(Pod.TEMPLATE_GENERATION_LABEL))) {
            return true;
        }
        return revision.hash() != null && !revision.hash().isEmpty()
                && revision.hash().equals(pod.meta().labels().get(Pod.REVISION_HASH_LABEL));
    }

    boolean allowsSurge() {
        return allowsSurge;
    }
}
