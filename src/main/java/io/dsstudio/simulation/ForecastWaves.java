package io.dsstudio.simulation;

import io.dsstudio.reconcile.ActionType;
import io.dsstudio.reconcile.DaemonSetPlan;
import io.dsstudio.reconcile.DeleteCause;
import io.dsstudio.reconcile.PlannedAction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The waves of every DaemonSet's rollout, gathered sync by sync as a forecast runs (so it need not keep every sync's
 * state): the syncs that replaced pods, by surge creates when the DaemonSet surges, else by rolling-update deletes.
 */
final class ForecastWaves {
    private final Map<String, List<RolloutForecast.Wave>> surge = new HashMap<>();
    private final Map<String, List<RolloutForecast.Wave>> deleting = new HashMap<>();

    void add(SyncResult sync) {
        Set<String> seen = new HashSet<>();
        for (DaemonSetPlan p : sync.plan().daemonSets()) {
            if (!seen.add(p.key())) {
                continue;       // a DaemonSet is known by its first plan of the sync, as Plan.find finds it
            }
            TreeSet<String> created = new TreeSet<>();
            TreeSet<String> deleted = new TreeSet<>();
            for (PlannedAction a : p.actions()) {
                if (a.type() == ActionType.CREATE && a.reason() != null && a.reason().startsWith("surge update")) {
                    created.add(a.node());
                } else if (a.type() == ActionType.DELETE && a.cause() == DeleteCause.RollingUpdate) {
                    deleted.add(a.node());
                }
            }
            if (!created.isEmpty()) {
                surge.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(new RolloutForecast.Wave(sync.number(), new ArrayList<>(created)));
            }
            if (!deleted.isEmpty()) {
                deleting.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(new RolloutForecast.Wave(sync.number(), new ArrayList<>(deleted)));
            }
        }
    }

    /** The DaemonSet's waves (key namespace/name), in order. */
    List<RolloutForecast.Wave> of(String key) {
        List<RolloutForecast.Wave> surged = surge.get(key);
        return surged != null ? surged : deleting.getOrDefault(key, List.of());
    }
}
