package io.dsstudio.reconcile;

import io.dsstudio.domain.Pod;
import io.dsstudio.domain.PodCondition;

import java.time.Instant;

/** podutil IsPodAvailable: Ready, and Ready for longer than minReadySeconds at {@code now}. */
final class PodAvailability {
    private PodAvailability() {
    }

    static boolean isAvailable(Pod pod, int minReadySeconds, Instant now) {
        return isAvailable(PodStatus.readyCondition(pod), minReadySeconds, now);
    }

    /** The same from the pod's Ready condition (null when it has none). */
    static boolean isAvailable(PodCondition ready, int minReadySeconds, Instant now) {
        if (ready == null || !"True".equals(ready.status())) {
            return false;
        }
        if (minReadySeconds == 0) {
            return true;
        }
        Instant since = ready.lastTransitionTime();
        return since != null && since.plusSeconds(minReadySeconds).isBefore(now);
    }
}
