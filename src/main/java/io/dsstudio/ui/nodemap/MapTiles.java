package io.dsstudio.ui.nodemap;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.reconcile.ActionType;
import io.dsstudio.reconcile.DaemonSetPlan;
import io.dsstudio.reconcile.PlannedAction;
import io.dsstudio.ui.common.NodeFacts;
import io.dsstudio.ui.common.NodeStatus;
import io.dsstudio.ui.daemonsets.PlacementVerdict;
import io.dsstudio.workspace.WhatIfPreview;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The colour tables of the map and the ghosts of a what-if preview. */
final class MapTiles {
    private MapTiles() {
    }

    static MapColor colorOf(PlacementVerdict verdict) {
        return switch (verdict) {
            case RUNS -> MapColor.OK;
            case RUNS_MISSCHEDULED -> MapColor.WARN;
            case OUT_OF_DATE -> MapColor.INFO;
            case WILL_CREATE -> MapColor.ACCENT;
            case WILL_DELETE, WILL_EVICT -> MapColor.ERROR;
            case EXCLUDED -> MapColor.MUTED;
        };
    }

    static MapColor colorOf(NodeStatus status) {
        return switch (status) {
            case READY -> MapColor.OK;
            case NOT_READY -> MapColor.ERROR;
            case UNKNOWN -> MapColor.WARN;
        };
    }

    static String groupOf(ClusterNode node, String groupBy) {
        return groupBy == null || groupBy.isEmpty() ? "" : NodeFacts.label(node, groupBy);
    }

    /**
     * Ghosts of a staged edit: nodes where the edit's sync creates a pod, or deletes/evicts one, of the given
     * DaemonSet (or of any DaemonSet when none is selected).
     */
    static Map<String, MapTile.Ghost> ghosts(WhatIfPreview preview, String daemonSet) {
        Map<String, MapTile.Ghost> ghosts = new HashMap<>();
        if (preview == null) {
            return ghosts;
        }
        preview.impacts().stream().filter(i -> daemonSet == null || i.key().equals(daemonSet)).forEach(impact -> {
            for (PlannedAction action : impact.actions()) {
                ghosts.merge(action.node(), action.type() == ActionType.CREATE ? MapTile.Ghost.GAINS_POD : MapTile.Ghost.LOSES_POD,
                        (a, b) -> a == MapTile.Ghost.LOSES_POD ? a : b);
            }
        });
        return ghosts;
    }

    /** The editor's previewed actions for the shown DaemonSet, as ghosts too. */
    static void addEditorGhosts(Map<String, MapTile.Ghost> ghosts, io.dsstudio.workspace.DaemonSetImpact impact, String daemonSet) {
        if (impact == null || !impact.key().equals(daemonSet)) {
            return;
        }
        for (PlannedAction action : impact.actions()) {
            ghosts.merge(action.node(), action.type() == ActionType.CREATE ? MapTile.Ghost.GAINS_POD : MapTile.Ghost.LOSES_POD,
                    (a, b) -> a == MapTile.Ghost.LOSES_POD ? a : b);
        }
    }

    static boolean hasDaemonSet(List<DaemonSetPlan> plans, String key) {
        return key != null && plans.stream().anyMatch(p -> p.key().equals(key));
    }
}
