package io.dsstudio.reconcile;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Pod;
import io.dsstudio.domain.Snapshot;

import java.util.HashMap;
import java.util.Map;

/** Carries out a plan's actions through a {@link ClusterPort}, in the plan's order. */
public final class PlanApplier {
    private PlanApplier() {
    }

    /** Returns how many actions were carried out; actions naming objects the snapshot lacks are skipped. */
    public static int apply(Plan plan, Snapshot snapshot, ClusterPort port) {
        Map<String, DaemonSet> daemonSets = new HashMap<>();
        snapshot.daemonSets().forEach(ds -> daemonSets.put(ds.key(), ds));
        Map<String, Map<String, Pod>> pods = podsToDelete(plan, snapshot);
        int done = 0;
        for (DaemonSetPlan dsPlan : plan.daemonSets()) {
            DaemonSet ds = daemonSets.get(dsPlan.key());
            if (ds == null) {
                continue;
            }
            for (PlannedAction action : dsPlan.actions()) {
                if (action.type() == ActionType.CREATE) {
                    port.createDaemonPod(ds, action.node());
                    done++;
                } else {
                    Pod pod = pods.getOrDefault(dsPlan.namespace(), Map.of()).get(action.pod());
                    if (pod != null) {
                        port.deletePod(pod, action.cause());
                        done++;
                    }
                }
            }
        }
        return done;
    }

    /** The pods the plan deletes, by namespace and name: one pass over the pods, without a key per pod. */
    private static Map<String, Map<String, Pod>> podsToDelete(Plan plan, Snapshot snapshot) {
        Map<String, Map<String, Pod>> wanted = new HashMap<>();
        for (DaemonSetPlan dsPlan : plan.daemonSets()) {
            for (PlannedAction action : dsPlan.actions()) {
                if (action.type() == ActionType.DELETE) {
                    wanted.computeIfAbsent(dsPlan.namespace(), k -> new HashMap<>()).put(action.pod(), null);
                }
            }
        }
        if (!wanted.isEmpty()) {
            for (Pod pod : snapshot.pods()) {
                Map<String, Pod> names = wanted.get(pod.meta().namespace());
                if (names != null && names.containsKey(pod.meta().name())) {
                    names.put(pod.meta().name(), pod);     // the last of equal keys wins, as before
                }
            }
        }
        return wanted;
    }
}
