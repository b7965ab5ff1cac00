package io.dsstudio.validation;

import io.dsstudio.domain.Snapshot;

import java.util.List;

/** One warning rule over a whole snapshot (several objects, or one DaemonSet against the nodes). */
interface SnapshotCheck {
    List<Finding> check(Snapshot snapshot);
}
