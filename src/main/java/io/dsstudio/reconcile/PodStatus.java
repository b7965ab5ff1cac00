package io.dsstudio.reconcile;

import io.dsstudio.domain.OwnerReference;
import io.dsstudio.domain.Pod;
import io.dsstudio.domain.PodCondition;

/** Loop-based reads of pod fields the planner asks for per pod (kept off streams: they run per pod and DaemonSet). */
final class PodStatus {
    private PodStatus() {
    }

    static PodCondition readyCondition(Pod pod) {
        for (PodCondition c : pod.conditions()) {
            if ("Ready".equals(c.type())) {
                return c;
            }
        }
        return null;
    }

    /** podutil IsPodReady: the Ready condition is True. */
    static boolean isReady(Pod pod) {
        PodCondition ready = readyCondition(pod);
        return ready != null && "True".equals(ready.status());
    }

    /** The ownerReference with {@code controller: true}, or null. */
    static OwnerReference controllerRef(Pod pod) {
        for (OwnerReference ref : pod.meta().ownerReferences()) {
            if (ref.controller()) {
                return ref;
            }
        }
        return null;
    }
}
