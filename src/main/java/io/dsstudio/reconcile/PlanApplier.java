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
        Map<String, Pod> pods = new HashMap<>();
        snapshot.pods().forEach(p -> pods.put(p.meta().namespace() + "/" + p.meta().name(), p));
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
                    Pod pod = pods.get(dsPlan.namespace() + "/" + action.pod());
                    if (pod != null) {
                        port.deletePod(pod, action.cause());
                        done++;
                    }
                }
            }
        }
        return done;
    }
}
