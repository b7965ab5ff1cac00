package io.dsstudio.ui.overview;

import java.util.List;

/**
 * Everything the overview shows, computed off the FX thread from the snapshot and its plan.
 *
 * @param warningsPending the snapshot's cross-object checks have not finished yet: {@code warnings} holds what
 *                        reading and planning reported so far, and the overview says the rest is being checked
 */
public record OverviewSummary(List<DaemonSetCard> cards, ClusterCounts nodes, List<OverviewWarning> warnings,
                              boolean warningsPending) {
    public static final OverviewSummary EMPTY = new OverviewSummary(List.of(), ClusterCounts.EMPTY, List.of());

    public OverviewSummary {
        cards = List.copyOf(cards);
        warnings = List.copyOf(warnings);
    }

    public OverviewSummary(List<DaemonSetCard> cards, ClusterCounts nodes, List<OverviewWarning> warnings) {
        this(cards, nodes, warnings, false);
    }
}
