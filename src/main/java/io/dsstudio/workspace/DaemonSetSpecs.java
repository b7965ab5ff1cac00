package io.dsstudio.workspace;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.ObjectMeta;
import io.dsstudio.domain.ObjectRef;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.simulation.TemplateChange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays an edited DaemonSet into a snapshot as the API server would store it: the object keeps its uid, its
 * generations go up when the template changed ({@link TemplateChange}), everything else comes from the edit.
 */
public final class DaemonSetSpecs {
    private DaemonSetSpecs() {
    }

    /**
     * @param replaces the DaemonSet the edit was opened from (null for a new one); the edit may rename it
     */
    public static Snapshot withEdited(Snapshot snapshot, ObjectRef replaces, DaemonSet edited) {
        List<DaemonSet> daemonSets = new ArrayList<>();
        boolean placed = false;
        for (DaemonSet ds : snapshot.daemonSets()) {
            boolean target = ds.ref().equals(edited.ref()) || ds.ref().equals(replaces);
            if (!target) {
                daemonSets.add(ds);
            } else if (!placed) {
                daemonSets.add(merge(ds, edited));
                placed = true;
            }
        }
        if (!placed) {
            daemonSets.add(edited);
        }
        return new Snapshot(snapshot.nodes(), daemonSets, snapshot.pods(), snapshot.revisions());
    }

    public static DaemonSet find(Snapshot snapshot, ObjectRef ref) {
        return ref == null ? null : snapshot.daemonSets().stream().filter(d -> d.ref().equals(ref)).findFirst().orElse(null);
    }

    static DaemonSet merge(DaemonSet existing, DaemonSet edited) {
        if (!existing.ref().equals(edited.ref())) {
            return edited; // renamed: a different object for the API server
        }
        DaemonSet bumped = TemplateChange.apply(existing, edited.template());
        Map<String, String> annotations = new LinkedHashMap<>(edited.meta().annotations());
        String generation = bumped.meta().annotations().get(DaemonSet.GENERATION_ANNOTATION);
        if (generation != null) {
            annotations.put(DaemonSet.GENERATION_ANNOTATION, generation);
        }
        ObjectMeta meta = edited.meta().withAnnotations(annotations).withGeneration(bumped.meta().generation());
        if (existing.meta().uid() != null && !existing.meta().uid().isEmpty()) {
            meta = meta.withUid(existing.meta().uid());
        }
        return new DaemonSet(edited.apiVersion(), meta, edited.selector(), edited.template(), edited.updateStrategy(),
                edited.minReadySeconds(), edited.revisionHistoryLimit(), bumped.templateGeneration());
    }

    /** Whether applying {@code edited} changes the pod template of the DaemonSet it replaces (a rollout). */
    public static boolean changesTemplate(Snapshot snapshot, ObjectRef replaces, DaemonSet edited) {
        DaemonSet existing = find(snapshot, replaces == null ? edited.ref() : replaces);
        return existing != null && !existing.template().fingerprint().equals(edited.template().fingerprint());
    }
}
