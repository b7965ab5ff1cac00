package io.dsstudio.ui.cluster;

import io.dsstudio.cluster.LiveChanges;
import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.ObjectRef;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.simulation.Cascade;
import io.dsstudio.workspace.EmbeddedController;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The DaemonSet changes made in the app and not yet applied to the live cluster: each as the live object it was made
 * over ({@code base}, null for a new DaemonSet) and the object it became ({@code edited}, null when deleted). When the
 * cluster moves on, they are laid again on its new state; a change whose DaemonSet the cluster itself changed
 * meanwhile is a conflict, as a 409 is: the user rebases it or discards it.
 */
public record PendingSpecEdits(List<Edit> edits) {
    /** One pending change; {@code orphan}: a deletion that left the pods running. */
    public record Edit(ObjectRef ref, DaemonSet base, DaemonSet edited, boolean orphan) {
        public String name() {
            return ref.name();
        }
    }

    /** One DaemonSet the cluster changed under a pending change: what the cluster has now and what is pending. */
    public record Conflict(Edit edit, DaemonSet live) {
    }

    public PendingSpecEdits {
        edits = List.copyOf(edits);
    }

    public static final PendingSpecEdits NONE = new PendingSpecEdits(List.of());

    /** The changes from the live state {@code base} to the app's {@code edited} snapshot. */
    public static PendingSpecEdits between(Snapshot base, Snapshot edited) {
        Map<ObjectRef, DaemonSet> before = byRef(base);
        List<Edit> out = new ArrayList<>();
        for (DaemonSet ds : edited.daemonSets()) {
            DaemonSet was = before.remove(ds.ref());
            if (was == null || !LiveChanges.sameObject(was, ds)) {
                out.add(new Edit(ds.ref(), was, ds, false));
            }
        }
        Set<String> podsLeft = new java.util.HashSet<>();
        edited.pods().forEach(p -> podsLeft.add(p.meta().namespace() + "/" + p.meta().name()));
        for (DaemonSet gone : before.values()) {
            String uid = gone.meta().uid();
            boolean orphan = uid != null && base.pods().stream()
                    .filter(p -> p.meta().controllerRef().map(o -> uid.equals(o.uid())).orElse(false))
                    .anyMatch(p -> podsLeft.contains(p.meta().namespace() + "/" + p.meta().name()));
            out.add(new Edit(gone.ref(), gone, null, orphan));
        }
        return new PendingSpecEdits(out);
    }

    public boolean isEmpty() {
        return edits.isEmpty();
    }

    /** The pending changes whose DaemonSet the cluster changed (or created, or deleted) since they were made. */
    public List<Conflict> conflictsWith(Snapshot fresh) {
        Map<ObjectRef, DaemonSet> now = byRef(fresh);
        List<Conflict> out = new ArrayList<>();
        for (Edit edit : edits) {
            DaemonSet live = now.get(edit.ref());
            boolean moved = edit.base() == null ? live != null
                    : live == null || !LiveChanges.sameObject(edit.base(), live);
            if (moved) {
                out.add(new Conflict(edit, live));
            }
        }
        return out;
    }

    /** These changes without the ones {@code drop} names. */
    public PendingSpecEdits without(Predicate<Edit> drop) {
        return new PendingSpecEdits(edits.stream().filter(drop.negate()).toList());
    }

    /**
     * The changes laid on the cluster's new state, each with one controller sync as the editor's Apply and Delete
     * run it; the live object each is now made over becomes its new base (the change is rebased).
     */
    public Snapshot layOn(Snapshot fresh, EmbeddedController controller) {
        Snapshot current = fresh;
        Map<ObjectRef, DaemonSet> now = byRef(fresh);
        for (Edit edit : edits) {
            DaemonSet live = now.get(edit.ref());
            if (edit.edited() != null) {
                current = controller.apply(current, live == null ? null : live.ref(), edit.edited()).after();
            } else if (live != null) {
                current = controller.delete(current, live, edit.orphan() ? Cascade.ORPHAN : Cascade.BACKGROUND).after();
            }
        }
        return current;
    }

    private static Map<ObjectRef, DaemonSet> byRef(Snapshot snapshot) {
        Map<ObjectRef, DaemonSet> out = new LinkedHashMap<>();
        snapshot.daemonSets().forEach(d -> out.put(d.ref(), d));
        return out;
    }
}
