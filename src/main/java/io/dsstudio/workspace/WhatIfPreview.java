package io.dsstudio.workspace;

import io.dsstudio.domain.Snapshot;
import io.dsstudio.reconcile.Plan;

import java.util.List;

/**
 * The consequences of a staged edit: the plan of the current snapshot, the plan of the edited one, and per
 * DaemonSet what changes. {@link #result()} is the edited snapshot after the controller's sync, what Commit
 * makes current (see {@link EditOutcome}: computed when first asked for).
 */
public record WhatIfPreview(NodeEdit edit, Snapshot before, Plan currentPlan, Plan editedPlan, EditOutcome outcome,
                            List<DaemonSetImpact> impacts) {
    public WhatIfPreview {
        impacts = List.copyOf(impacts);
    }

    /** The edited snapshot after the controller's sync (computed on the first call). */
    public Snapshot result() {
        return outcome.get().snapshot();
    }

    /** The plan of {@link #result()}. */
    public Plan resultPlan() {
        return outcome.get().plan();
    }

    /** Whether {@link #result()} is computed already (Commit then needs no background work). */
    public boolean isSynced() {
        return outcome.isDone();
    }

    /** What Commit executes: a node edit with its sync, or for laid-over manifests the snapshot change they make. */
    public EditCommand toCommand() {
        if (edit instanceof ManifestOverlayEdit overlay) {
            return new SnapshotCommand(overlay.descriptionKey(), overlay.descriptionArgs(), before, result());
        }
        return new NodeEditCommand(edit, before, result());
    }

    /** Impacts with at least one action or a changed count. */
    public List<DaemonSetImpact> changed() {
        return impacts.stream().filter(DaemonSetImpact::changes).toList();
    }
}
