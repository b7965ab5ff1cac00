package io.dsstudio.ui.overview;

import java.util.List;

/** The nodes of the cluster by status, and those cordoned or tainted (names kept so a click can select them). */
public record ClusterCounts(List<String> all, List<String> ready, List<String> notReady, List<String> unknown,
                            List<String> cordoned, List<String> tainted) {
    public static final ClusterCounts EMPTY = new ClusterCounts(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
}
