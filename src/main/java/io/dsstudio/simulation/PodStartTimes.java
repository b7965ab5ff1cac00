package io.dsstudio.simulation;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Pod;
import io.dsstudio.domain.PodCondition;
import io.dsstudio.domain.Snapshot;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The times from creation to Ready of a snapshot's Ready pods, gathered in one pass and kept per controller uid, so a
 * forecast of every DaemonSet reads the pods once rather than once per DaemonSet. Pods Ready more than an hour after
 * creation (restarted since) are left out, and so are pods Ready the second they were created: the times were not
 * recorded (generated snapshots), no pod starts that fast.
 */
final class PodStartTimes {
    private final List<Long> all;
    private final Map<String, List<Long>> byUid;
    private boolean sorted;

    private PodStartTimes(List<Long> all, Map<String, List<Long>> byUid) {
        this.all = all;
        this.byUid = byUid;
    }

    static PodStartTimes of(Snapshot snapshot) {
        List<Long> all = new ArrayList<>();
        Map<String, List<Long>> byUid = new HashMap<>();
        long hour = Duration.ofHours(1).toMillis();
        for (Pod pod : snapshot.pods()) {
            PodCondition ready = pod.readyCondition();
            Instant created = pod.meta() == null ? null : pod.meta().creationTimestamp();
            if (!pod.isReady() || ready.lastTransitionTime() == null || created == null) {
                continue;
            }
            long millis = Duration.between(created, ready.lastTransitionTime()).toMillis();
            if (millis <= 0 || millis > hour) {
                continue;
            }
            all.add(millis);
            if (pod.controllerUid() != null) {
                byUid.computeIfAbsent(pod.controllerUid(), uid -> new ArrayList<>()).add(millis);
            }
        }
        return new PodStartTimes(all, byUid);
    }

    /** The median of the DaemonSet's pods, else of all pods; null when the snapshot has none. */
    Duration median(DaemonSet ds) {
        if (!sorted) {
            all.sort(Long::compare);
            byUid.values().forEach(times -> times.sort(Long::compare));
            sorted = true;
        }
        String uid = ds.meta().uid();
        List<Long> own = uid == null ? null : byUid.get(uid);
        List<Long> sample = own == null || own.isEmpty() ? all : own;
        return sample.isEmpty() ? null : Duration.ofMillis(sample.get(sample.size() / 2));
    }
}
