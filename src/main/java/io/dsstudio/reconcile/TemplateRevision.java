package io.dsstudio.reconcile;

import io.dsstudio.domain.ControllerRevision;
import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.OwnerReference;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What makes a pod "updated" for a DaemonSet (DU IsPodUpdated): its {@code pod-template-generation} equals the
 * DaemonSet's template generation, or its {@code controller-revision-hash} equals the hash of the DaemonSet's
 * ControllerRevision that stores the current template.
 *
 * @param generation the DaemonSet's template generation, null when unknown
 * @param hash       the current revision's hash, null when the snapshot has no matching revision
 */
record TemplateRevision(Long generation, String hash) {
    static TemplateRevision of(DaemonSet ds, List<ControllerRevision> revisions) {
        String fingerprint = ds.template().fingerprint();
        Optional<ControllerRevision> current = revisions.stream()
                .filter(r -> belongsTo(r, ds))
                .filter(r -> !fingerprint.isEmpty() && fingerprint.equals(r.templateFingerprint()))
                .max(Comparator.comparingLong(ControllerRevision::revision));
        return new TemplateRevision(ds.generation(), current.map(ControllerRevision::hash).orElse(null));
    }

    /** Owned by the DaemonSet's UID, or in its namespace with labels its selector matches. */
    private static boolean belongsTo(ControllerRevision r, DaemonSet ds) {
        Optional<OwnerReference> owner = r.meta().controllerRef();
        if (owner.isPresent()) {
            return owner.get().uid() != null && owner.get().uid().equals(ds.meta().uid());
        }
        return ds.meta().namespace().equals(r.meta().namespace()) && ds.selector() != null
                && !ds.selector().isEmpty() && ds.selector().matches(r.meta().labels());
    }

    /** Whether anything tells updated pods from old ones. */
    boolean isKnown() {
        return generation != null || hash != null;
    }
}
