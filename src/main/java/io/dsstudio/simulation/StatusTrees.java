package io.dsstudio.simulation;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.ObjectRef;
import io.dsstudio.reconcile.DaemonSetPlan;
import io.dsstudio.reconcile.StatusCounts;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code status} a sync writes (DC updateDaemonSetStatus → storeDaemonSetStatus): the counts it computed and
 * {@code observedGeneration}, in apps/v1 field order; fields with {@code omitempty} are removed when 0.
 */
public final class StatusTrees {
    private StatusTrees() {
    }

    /** Per DaemonSet the sync planned (DaemonSets being deleted are not synced and keep their status). */
    public static Map<ObjectRef, Map<String, Object>> of(SyncResult sync) {
        Map<String, DaemonSet> daemonSets = new HashMap<>();
        sync.after().snapshot().daemonSets().forEach(ds -> daemonSets.put(ds.key(), ds));
        Map<ObjectRef, Map<String, Object>> out = new LinkedHashMap<>();
        for (DaemonSetPlan p : sync.plan().daemonSets()) {
            DaemonSet ds = daemonSets.get(p.key());
            if (ds != null) {
                out.put(ds.ref(), status(p.status(), ds.meta().generation()));
            }
        }
        return out;
    }

    public static Map<String, Object> status(StatusCounts c, Long observedGeneration) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("currentNumberScheduled", (long) c.currentNumberScheduled());
        m.put("numberMisscheduled", (long) c.numberMisscheduled());
        m.put("desiredNumberScheduled", (long) c.desiredNumberScheduled());
        m.put("numberReady", (long) c.numberReady());
        m.put("observedGeneration", omitEmpty(observedGeneration == null ? 0 : observedGeneration));
        m.put("updatedNumberScheduled", omitEmpty(c.updatedNumberScheduled()));
        m.put("numberAvailable", omitEmpty(c.numberAvailable()));
        m.put("numberUnavailable", omitEmpty(c.numberUnavailable()));
        return m;
    }

    private static Long omitEmpty(long value) {
        return value == 0 ? null : value;
    }
}
