package io.dsstudio.validation;

import io.dsstudio.domain.Snapshot;

import java.util.List;

/** One warning rule over a whole snapshot (several objects, or one DaemonSet against the nodes). */
interface SnapshotCheck {
    List<Finding> check(Snapshot snapshot);

    /** The check with the snapshot's shared groupings; checks that compare many objects override it. */
    default List<Finding> check(SnapshotIndex index) {
        return check(index.snapshot());
    }
}
