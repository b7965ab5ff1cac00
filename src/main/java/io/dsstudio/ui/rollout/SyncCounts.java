package io.dsstudio.ui.rollout;

import io.dsstudio.reconcile.ActionType;
import io.dsstudio.reconcile.DaemonSetPlan;
import io.dsstudio.reconcile.Plan;
import io.dsstudio.reconcile.PlannedAction;
import io.dsstudio.reconcile.StatusCounts;

import java.util.HashMap;
import java.util.Map;

/**
 * What one controller sync did to one DaemonSet and the status it computed, as {@code apply --steps} reports it:
 * the pods it deleted and created, and the DaemonSet's desired, updated, available and unavailable numbers.
 */
public record SyncCounts(int deleted, int created, int desired, int updated, int available, int unavailable) {
    static SyncCounts of(DaemonSetPlan plan) {
        int deleted = 0;
        int created = 0;
        for (PlannedAction action : plan.actions()) {
            if (action.type() == ActionType.DELETE) {
                deleted++;
            } else if (action.type() == ActionType.CREATE) {
                created++;
            }
        }
        StatusCounts s = plan.status();
        return new SyncCounts(deleted, created, s.desiredNumberScheduled(), s.updatedNumberScheduled(), s.numberAvailable(),
                s.numberUnavailable());
    }

    /** One sync's counts of every DaemonSet it planned, by namespace/name (the plan itself, with its verdicts, is let go). */
    static Map<String, SyncCounts> perDaemonSet(Plan plan) {
        Map<String, SyncCounts> out = new HashMap<>();
        for (DaemonSetPlan p : plan.daemonSets()) {
            out.put(p.key(), of(p));
        }
        return Map.copyOf(out);
    }
}
