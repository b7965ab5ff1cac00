package io.dsstudio.reconcile;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Diagnostic;
import io.dsstudio.domain.Pod;
import io.dsstudio.domain.Snapshot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The embedded DaemonSet controller: one sync of every DaemonSet of a snapshot, as data. Pure: the clock is
 * passed in, nothing is read or written.
 */
public final class Planner {
    /** The order of a plan's DaemonSets: namespace, then name (views that list them before the plan use it too). */
    public static final Comparator<DaemonSet> DS_ORDER = Comparator
            .comparing((DaemonSet d) -> d.meta().namespace() == null ? "" : d.meta().namespace())
            .thenComparing(d -> d.meta().name() == null ? "" : d.meta().name());

    public Plan plan(Snapshot snapshot, Instant now) {
        NodeIndex nodes = new NodeIndex(snapshot.nodes());
        List<DaemonSet> sorted = new ArrayList<>(snapshot.daemonSets());
        sorted.sort(DS_ORDER);
        List<Diagnostic> warnings = new ArrayList<>();
        List<DaemonSet> reconciled = new ArrayList<>();
        for (DaemonSet ds : sorted) {
            Diagnostic skipped = notReconciled(ds);
            if (skipped != null) {
                warnings.add(skipped);
            } else {
                reconciled.add(ds);
            }
        }
        List<SyncContext> contexts = new ArrayList<>();
        for (DaemonSet ds : reconciled) {
            contexts.add(new SyncContext(ds, TemplateRevision.of(ds, snapshot.revisions()), now));
        }
        PodClaims claims = new PodClaims(contexts, snapshot.pods(), nodes);
        SharedPlacements placements = new SharedPlacements(nodes);
        List<DaemonSetPlan> plans = new ArrayList<>();
        for (int d = 0; d < reconciled.size(); d++) {
            ClaimedPods claimed = claims.claimed(d);
            warnReleased(reconciled.get(d), claimed, warnings);
            plans.add(DaemonSetSync.sync(contexts.get(d), nodes, placements, claimed, warnings));
        }
        return new Plan(plans, warnings);
    }

    /** Why the controller does not sync {@code ds}, or null when it does. */
    static Diagnostic notReconciled(DaemonSet ds) {
        if (ds.meta().name() == null || ds.meta().name().isEmpty()) {
            return Diagnostic.warning("DaemonSetNotReconciled", ds.ref(), "metadata.name",
                    "the DaemonSet has no name, so the API server would not store it; it is not planned")
                    .withText("diag.DaemonSetNotReconciled.noName");
        }
        if (ds.meta().isBeingDeleted()) {
            return Diagnostic.warning("DaemonSetNotReconciled", ds.ref(), "metadata.deletionTimestamp",
                    "the DaemonSet is being deleted: the controller neither syncs its pods nor updates its status")
                    .withText("diag.DaemonSetNotReconciled.deleting");
        }
        if (ds.selector() != null && ds.selector().isEmpty()) {
            return Diagnostic.warning("DaemonSetNotReconciled", ds.ref(), "spec.selector",
                    "the selector {} selects every pod: the controller does not sync this DaemonSet (event SelectingAll)")
                    .withText("diag.DaemonSetNotReconciled.selectsAll");
        }
        return null;
    }

    static void warnReleased(DaemonSet ds, ClaimedPods claimed, List<Diagnostic> warnings) {
        claimed.released().stream().sorted(Comparator.comparing(Pod::name)).forEach(pod ->
                warnings.add(Diagnostic.warning("PodReleased", pod.ref(), "metadata.labels",
                        "pod is controlled by " + ds.key() + " but its labels no longer match the selector "
                                + ds.selector() + ": the controller releases it (removes its ownerReference) and it keeps running unmanaged")
                        .withText("diag.PodReleased", ds.key(), String.valueOf(ds.selector()))));
    }
}
