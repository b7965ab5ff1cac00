package io.dsstudio.validation;

/**
 * How many objects the cross-object checks examined: pods, groups of pods compared with a selector, DaemonSets
 * compared with one another, and node verdicts. A test bounds it, so the checks stay linear in the snapshot.
 */
final class VisitCounter {
    private long visits;

    void add(long count) {
        visits += count;
    }

    long visits() {
        return visits;
    }
}
