package io.dsstudio.reconcile;

import io.dsstudio.domain.Pod;
import io.dsstudio.domain.PodCondition;

import java.time.Instant;

/** podutil IsPodAvailable: Ready, and Ready for longer than minReadySeconds at {@code now}. */
final class PodAvailability {
    private PodAvailability() {
    }

    static boolean isAvailable(Pod pod, int minReadySeconds, Instant now) {
        PodCondition ready = PodStatus.readyCondition(pod);
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
