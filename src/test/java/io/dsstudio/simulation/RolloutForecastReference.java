package io.dsstudio.simulation;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Pod;
import io.dsstudio.domain.PodCondition;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.reconcile.ActionType;
import io.dsstudio.reconcile.DaemonSetPlan;
import io.dsstudio.reconcile.DeleteCause;
import io.dsstudio.reconcile.PlannedAction;
import io.dsstudio.reconcile.Planner;
import io.dsstudio.reconcile.StatusCounts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rollout forecast as it was first written, kept for the tests only: it plans the whole cluster in every sync and
 * keeps every sync's state. {@link RolloutForecast} must give the very same forecasts, at a fraction of the work.
 */
final class RolloutForecastReference {
    private static final Duration DEFAULT_POD_START = RolloutForecast.DEFAULT_POD_START;

    private RolloutForecastReference() {
    }

    /**
     * @param podStart the per-pod start time, or null to take it from the snapshot's Ready times
     */
    public static List<RolloutForecast.DaemonSetForecast> of(Snapshot snapshot, Instant now, Duration podStart) {
        SimulationState start = SimulationSetup.start(snapshot, now);
        int steps = Math.max(Simulator.MAX_SYNCS, 4 * snapshot.nodes().size() + 20);
        List<SyncResult> syncs = Simulator.stallingUnreadyNodes(new Planner()).run(start, steps, r -> { });
        if (syncs.isEmpty()) {
            return List.of();
        }
        SyncResult first = syncs.get(0);
        SyncResult last = syncs.get(syncs.size() - 1);
        Map<String, DaemonSet> daemonSets = new HashMap<>();
        start.snapshot().daemonSets().forEach(ds -> daemonSets.put(ds.key(), ds));
        Set<String> down = PodLifecycle.unreadyNodes(snapshot);
        List<RolloutForecast.DaemonSetForecast> out = new ArrayList<>();
        for (DaemonSetPlan initial : first.plan().daemonSets()) {
            DaemonSet ds = daemonSets.get(initial.key());
            DaemonSetPlan end = last.plan().find(initial.namespace(), initial.name());
            if (ds == null || end == null) {
                continue;
            }
            List<RolloutForecast.Wave> waves = waves(syncs, initial.namespace(), initial.name());
            StatusCounts after = end.status();
            List<String> stalling = stallingNodes(last.after().snapshot(), ds, down);
            boolean blocked = !last.settled() || after.updatedNumberScheduled() < after.currentNumberScheduled()
                    || !stalling.isEmpty() && (after.numberAvailable() < after.desiredNumberScheduled());
            Duration perPod;
            RolloutForecast.PodStartSource source;
            if (podStart != null) {
                perPod = podStart;
                source = RolloutForecast.PodStartSource.GIVEN;
            } else {
                Duration measured = measuredPodStart(snapshot, ds);
                perPod = measured == null ? DEFAULT_POD_START : measured;
                source = measured == null ? RolloutForecast.PodStartSource.DEFAULT : RolloutForecast.PodStartSource.SNAPSHOT;
            }
            Duration perWave = perPod.plusSeconds(Math.max(0, ds.minReadySeconds()));
            StatusCounts before = initial.status();
            out.add(new RolloutForecast.DaemonSetForecast(ds.meta().namespace(), ds.meta().name(), strategy(ds),
                    before.currentNumberScheduled() - before.updatedNumberScheduled(), waves, blocked, stalling, perPod,
                    source, perWave.multipliedBy(waves.size()), before, after));
        }
        return out;
    }

    private static String strategy(DaemonSet ds) {
        if (ds.updateStrategy() == null) {
            return "RollingUpdate";
        }
        return ds.updateStrategy().isRollingUpdate() ? "RollingUpdate" : "OnDelete";
    }

    /** Syncs that replaced pods: surge creates when the DaemonSet surges, else rolling-update deletes. */
    private static List<RolloutForecast.Wave> waves(List<SyncResult> syncs, String namespace, String name) {
        List<RolloutForecast.Wave> surge = new ArrayList<>();
        List<RolloutForecast.Wave> deleting = new ArrayList<>();
        for (SyncResult sync : syncs) {
            DaemonSetPlan p = sync.plan().find(namespace, name);
            if (p == null) {
                continue;
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
                surge.add(new RolloutForecast.Wave(sync.number(), new ArrayList<>(created)));
            }
            if (!deleted.isEmpty()) {
                deleting.add(new RolloutForecast.Wave(sync.number(), new ArrayList<>(deleted)));
            }
        }
        return surge.isEmpty() ? deleting : surge;
    }

    /** Down nodes where the DaemonSet has a pod stuck terminating or one that is not Ready. */
    private static List<String> stallingNodes(Snapshot end, DaemonSet ds, Set<String> down) {
        TreeSet<String> out = new TreeSet<>();
        String uid = ds.meta().uid();
        for (Pod pod : end.pods()) {
            if (uid != null && uid.equals(pod.controllerUid()) && down.contains(pod.targetNodeName())
                    && (pod.isBeingDeleted() || !pod.isReady())) {
                out.add(pod.targetNodeName());
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * The median time from creation to Ready of the DaemonSet's Ready pods, else of all Ready pods; null when the
     * snapshot has none. Pods Ready more than an hour after creation (restarted since) are left out, and so are pods
     * Ready the second they were created: the times were not recorded (generated snapshots), no pod starts that fast.
     */
    static Duration measuredPodStart(Snapshot snapshot, DaemonSet ds) {
        List<Long> own = new ArrayList<>();
        List<Long> all = new ArrayList<>();
        for (Pod pod : snapshot.pods()) {
            PodCondition ready = pod.readyCondition();
            Instant created = pod.meta() == null ? null : pod.meta().creationTimestamp();
            if (!pod.isReady() || ready.lastTransitionTime() == null || created == null) {
                continue;
            }
            long millis = Duration.between(created, ready.lastTransitionTime()).toMillis();
            if (millis <= 0 || millis > Duration.ofHours(1).toMillis()) {
                continue;
            }
            all.add(millis);
            if (ds.meta().uid() != null && ds.meta().uid().equals(pod.controllerUid())) {
                own.add(millis);
            }
        }
        List<Long> sample = own.isEmpty() ? all : own;
        if (sample.isEmpty()) {
            return null;
        }
        sample.sort(Long::compare);
        return Duration.ofMillis(sample.get(sample.size() / 2));
    }
}
