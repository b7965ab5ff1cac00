package io.dsstudio.ui.overview;

import io.dsstudio.reconcile.StatusCounts;

import java.util.List;

/** One DaemonSet of the overview: its status counts and what needs attention. */
public record DaemonSetCard(String key, StatusCounts status, List<Chip> chips) {
    public DaemonSetCard {
        chips = List.copyOf(chips);
    }

    /** Something that needs attention; {@code count} and {@code total} fill its sentence. */
    public record Chip(Kind kind, int count, int total) {
        public enum Kind { MISSCHEDULED, MISSING, ROLLOUT, UNAVAILABLE, MATCHES_NO_NODE }
    }
}
