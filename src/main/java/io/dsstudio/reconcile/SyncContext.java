package io.dsstudio.reconcile;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Pod;

import java.time.Instant;

/** What one DaemonSet's sync reads besides nodes and pods: the DaemonSet, its current revision and the clock. */
final class SyncContext {
    private final DaemonSet ds;
    private final TemplateRevision revision;
    private final Instant now;
    private final String hash;      // the current revision's hash, null when unknown or empty
    private final boolean hasGeneration;
    private final long generation;
    private final int minReadySeconds;
    private final boolean allowsSurge;

    SyncContext(DaemonSet ds, TemplateRevision revision, Instant now) {
        this.ds = ds;
        this.revision = revision;
        this.now = now;
        this.hash = revision.hash() == null || revision.hash().isEmpty() ? null : revision.hash();
        this.hasGeneration = revision.generation() != null;
        this.generation = hasGeneration ? revision.generation() : 0;
        this.minReadySeconds = ds.minReadySeconds();
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
        return pod.isAvailable(minReadySeconds, now);
    }

    /** DU IsPodUpdated (see {@link TemplateRevision}). */
    boolean isUpdated(Pod pod) {
        // the generation label equals fmt.Sprint(generation) exactly when it is that number's canonical decimal
        if (hasGeneration && pod.hasTemplateGeneration(generation)) {
            return true;
        }
        return hash != null && hash.equals(pod.revisionHash());
    }

    boolean allowsSurge() {
        return allowsSurge;
    }
}
