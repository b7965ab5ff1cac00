package io.dsstudio.cli;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Snapshot;

import java.util.List;

/** Finds the DaemonSet a command names as {@code NS/NAME}, or as {@code NAME} when that is unique. */
final class DaemonSetLookup {
    private DaemonSetLookup() {
    }

    static DaemonSet find(Snapshot snapshot, String given) {
        List<DaemonSet> all = snapshot.daemonSets();
        List<DaemonSet> matches = given.indexOf('/') >= 0
                ? all.stream().filter(d -> given.equals(d.key())).toList()
                : all.stream().filter(d -> given.equals(d.meta().name())).toList();
        if (matches.isEmpty()) {
            throw new UsageException("no DaemonSet " + given + " in the input");
        }
        if (matches.size() > 1) {
            throw new UsageException("DaemonSet name " + given + " is ambiguous; use NAMESPACE/NAME, one of: "
                    + String.join(", ", matches.stream().map(DaemonSet::key).sorted().toList()));
        }
        return matches.get(0);
    }
}
