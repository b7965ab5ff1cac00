package io.dsstudio.validation;

import io.dsstudio.domain.Snapshot;

/** A snapshot with the groupings the cross-object checks share, each built once and only when a check asks. */
final class SnapshotIndex {
    private final Snapshot snapshot;
    private final VisitCounter visits;
    private PodGroups pods;
    private Placements placements;

    SnapshotIndex(Snapshot snapshot, VisitCounter visits) {
        this.snapshot = snapshot;
        this.visits = visits;
    }

    Snapshot snapshot() {
        return snapshot;
    }

    VisitCounter visits() {
        return visits;
    }

    PodGroups pods() {
        if (pods == null) {
            pods = new PodGroups(snapshot.pods(), visits);
        }
        return pods;
    }

    Placements placements() {
        if (placements == null) {
            placements = new Placements(snapshot.nodes(), visits);
        }
        return placements;
    }
}
