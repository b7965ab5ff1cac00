package io.dsstudio.ui.whatif;

import io.dsstudio.reconcile.StatusCounts;

import java.util.List;

/** One DaemonSet in the what-if preview: nodes that gain, lose or evict its pod, and its counts before and after. */
public record ImpactRow(String daemonSet, List<String> createOn, List<String> deleteOn, List<String> evictOn,
                        StatusCounts before, StatusCounts after) {
    public ImpactRow {
        createOn = List.copyOf(createOn);
        deleteOn = List.copyOf(deleteOn);
        evictOn = List.copyOf(evictOn);
    }
}
