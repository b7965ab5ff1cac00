package io.dsstudio.ui.overview;

import java.util.List;

/** Everything the overview shows, computed off the FX thread from the snapshot and its plan. */
public record OverviewSummary(List<DaemonSetCard> cards, ClusterCounts nodes, List<OverviewWarning> warnings) {
    public static final OverviewSummary EMPTY = new OverviewSummary(List.of(), ClusterCounts.EMPTY, List.of());

    public OverviewSummary {
        cards = List.copyOf(cards);
        warnings = List.copyOf(warnings);
    }
}
