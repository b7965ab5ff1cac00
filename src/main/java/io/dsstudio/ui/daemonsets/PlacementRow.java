package io.dsstudio.ui.daemonsets;

import java.util.List;

/**
 * One node in the placement matrix of the selected DaemonSet.
 *
 * @param reasons the reconciler's reasons and planned actions, in words
 * @param evictAfterSeconds for WILL_EVICT through a tolerated NoExecute taint with tolerationSeconds, else null
 * @param podGeneration for an out-of-date pod its pod-template-generation (the DaemonSet's is {@code dsGeneration}), else null
 * @param hints   host ports and pod capacity: never reasons, the controller does not check them
 */
public record PlacementRow(String node, PlacementVerdict verdict, List<String> reasons, Long evictAfterSeconds,
                           String podGeneration, Long dsGeneration, PlacementHints hints) {
    public PlacementRow {
        reasons = List.copyOf(reasons);
    }

    PlacementRow(String node, PlacementVerdict verdict, List<String> reasons, Long evictAfterSeconds, PlacementHints hints) {
        this(node, verdict, reasons, evictAfterSeconds, null, null, hints);
    }
}
