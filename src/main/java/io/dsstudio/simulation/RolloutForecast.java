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
 * How the rollouts pending in a snapshot will go, per DaemonSet: the waves of pods replaced, the nodes that will
 * stall it and an estimated duration. It runs the simulation with stalling modelled ({@link
 * Simulator#stallingUnreadyNodes}): as in a real cluster, pods on NotReady and Unknown nodes never become Ready
 * and, once deleted, stay terminating because their kubelet cannot act, so {@code findUpdatedPodsOnNode} skips them
 * and the node counts as unavailable for as long as it lasts (upstream update.go rollingUpdate).
 * <p>Pure Java, no I/O: {@code RolloutForecast.of(snapshot, now, podStart)} returns one {@link DaemonSetForecast} per
 * DaemonSet the controller syncs, in namespace/name order.
 */
public final class RolloutForecast {
    /** The per-pod start time used when the snapshot has no Ready times and none is given. */
    public static final Duration DEFAULT_POD_START = Duration.ofSeconds(30);

    /** Where a forecast's per-pod start time came from. */
    public enum PodStartSource {
        /** Given by the caller ({@code --pod-start}). */
        GIVEN,
        /** The median of creation → Ready of the DaemonSet's pods (else of all pods) in the snapshot. */
        SNAPSHOT,
        /** Neither: {@link #DEFAULT_POD_START}. */
        DEFAULT
    }

    /**
     * One wave: the pods replaced together, in one sync.
     *
     * @param sync  the simulated sync that started it (1-based)
     * @param nodes the nodes whose pods it replaces, sorted
     */
    public record Wave(int sync, List<String> nodes) {
        public Wave {
            nodes = List.copyOf(nodes);
        }
    }

    /**
     * The forecast of one DaemonSet.
     *
     * @param outOfDate         nodes whose pod is out of date at the start (0: nothing to roll)
     * @param waves             the waves, in order; empty when nothing is rolled
     * @param blocked           the rollout cannot finish: pods remain out of date or stuck when nothing more happens
     * @param stallingNodes     NotReady/Unknown nodes that hold the rollout (a pod stuck terminating or never Ready), sorted
     * @param podStart          per-pod time from creation to Ready used for the estimate
     * @param estimatedDuration waves × (podStart + minReadySeconds); for a blocked rollout, the time until it blocks
     * @param before            the status the controller computes on the snapshot
     * @param after             the status when the simulation ends
     */
    public record DaemonSetForecast(String namespace, String name, String strategy, int outOfDate, List<Wave> waves,
                                    boolean blocked, List<String> stallingNodes, Duration podStart,
                                    PodStartSource podStartSource, Duration estimatedDuration,
                                    StatusCounts before, StatusCounts after) {
        public DaemonSetForecast {
            waves = List.copyOf(waves);
            stallingNodes = List.copyOf(stallingNodes);
        }

        public String key() {
            return namespace + "/" + name;
        }

        /** Pods the rollout replaces (the nodes of all waves). */
        public int replaced() {
            return waves.stream().mapToInt(w -> w.nodes().size()).sum();
        }
    }

    private RolloutForecast() {
    }

    /**
     * @param podStart the per-pod start time, or null to take it from the snapshot's Ready times
     */
    public static List<DaemonSetForecast> of(Snapshot snapshot, Instant now, Duration podStart) {
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
        List<DaemonSetForecast> out = new ArrayList<>();
        for (DaemonSetPlan initial : first.plan().daemonSets()) {
            DaemonSet ds = daemonSets.get(initial.key());
            DaemonSetPlan end = last.plan().find(initial.namespace(), initial.name());
            if (ds == null || end == null) {
                continue;
            }
            List<Wave> waves = waves(syncs, initial.namespace(), initial.name());
            StatusCounts after = end.status();
            List<String> stalling = stallingNodes(last.after().snapshot(), ds, down);
            boolean blocked = !last.settled() || after.updatedNumberScheduled() < after.currentNumberScheduled()
                    || !stalling.isEmpty() && (after.numberAvailable() < after.desiredNumberScheduled());
            Duration perPod;
            PodStartSource source;
            if (podStart != null) {
                perPod = podStart;
                source = PodStartSource.GIVEN;
            } else {
                Duration measured = measuredPodStart(snapshot, ds);
                perPod = measured == null ? DEFAULT_POD_START : measured;
                source = measured == null ? PodStartSource.DEFAULT : PodStartSource.SNAPSHOT;
            }
            Duration perWave = perPod.plusSeconds(Math.max(0, ds.minReadySeconds()));
            StatusCounts before = initial.status();
            out.add(new DaemonSetForecast(ds.meta().namespace(), ds.meta().name(), strategy(ds),
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
    private static List<Wave> waves(List<SyncResult> syncs, String namespace, String name) {
        List<Wave> surge = new ArrayList<>();
        List<Wave> deleting = new ArrayList<>();
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
                surge.add(new Wave(sync.number(), new ArrayList<>(created)));
            }
            if (!deleted.isEmpty()) {
                deleting.add(new Wave(sync.number(), new ArrayList<>(deleted)));
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
