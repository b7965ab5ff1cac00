package io.dsstudio.simulation;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Pod;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.reconcile.DaemonSetPlan;
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
import java.util.function.IntConsumer;

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
     * @throws java.util.concurrent.CancellationException when the thread is interrupted (the forecast is no longer
     *                                                    wanted): it stops at the next sync
     */
    public static List<DaemonSetForecast> of(Snapshot snapshot, Instant now, Duration podStart) {
        return of(snapshot, now, podStart, sync -> { });
    }

    /** The same, telling {@code onSync} the number of each simulated sync as it ends. */
    static List<DaemonSetForecast> of(Snapshot snapshot, Instant now, Duration podStart, IntConsumer onSync) {
        SimulationState start = SimulationSetup.start(snapshot, now);
        int steps = Math.max(Simulator.MAX_SYNCS, 4 * snapshot.nodes().size() + 20);
        ForecastWaves waves = new ForecastWaves();
        SyncResult[] first = new SyncResult[1];
        // planned incrementally: each sync re-plans only the DaemonSets whose pods the last one changed
        SyncResult last = Simulator.stallingUnreadyNodes(new Planner()).runKeepingLast(start, steps, new IncrementalPlanning(), sync -> {
            if (first[0] == null) {
                first[0] = sync;
            }
            waves.add(sync);
            onSync.accept(sync.number());
        });
        if (last == null) {
            return List.of();
        }
        Map<String, DaemonSet> daemonSets = new HashMap<>();
        start.snapshot().daemonSets().forEach(ds -> daemonSets.put(ds.key(), ds));
        Set<String> down = PodLifecycle.unreadyNodes(snapshot);
        Map<String, List<String>> stallingByUid = stallingNodes(last.after().snapshot(), down);
        PodStartTimes startTimes = podStart == null ? PodStartTimes.of(snapshot) : null;
        List<DaemonSetForecast> out = new ArrayList<>();
        for (DaemonSetPlan initial : first[0].plan().daemonSets()) {
            DaemonSet ds = daemonSets.get(initial.key());
            DaemonSetPlan end = last.plan().find(initial.namespace(), initial.name());
            if (ds == null || end == null) {
                continue;
            }
            List<Wave> dsWaves = waves.of(initial.key());
            StatusCounts after = end.status();
            String uid = ds.meta().uid();
            List<String> stalling = uid == null ? List.of() : stallingByUid.getOrDefault(uid, List.of());
            boolean blocked = !last.settled() || after.updatedNumberScheduled() < after.currentNumberScheduled()
                    || !stalling.isEmpty() && (after.numberAvailable() < after.desiredNumberScheduled());
            Duration perPod;
            PodStartSource source;
            if (podStart != null) {
                perPod = podStart;
                source = PodStartSource.GIVEN;
            } else {
                Duration measured = startTimes.median(ds);
                perPod = measured == null ? DEFAULT_POD_START : measured;
                source = measured == null ? PodStartSource.DEFAULT : PodStartSource.SNAPSHOT;
            }
            Duration perWave = perPod.plusSeconds(Math.max(0, ds.minReadySeconds()));
            StatusCounts before = initial.status();
            out.add(new DaemonSetForecast(ds.meta().namespace(), ds.meta().name(), strategy(ds),
                    before.currentNumberScheduled() - before.updatedNumberScheduled(), dsWaves, blocked, stalling, perPod,
                    source, perWave.multipliedBy(dsWaves.size()), before, after));
        }
        return out;
    }

    private static String strategy(DaemonSet ds) {
        if (ds.updateStrategy() == null) {
            return "RollingUpdate";
        }
        return ds.updateStrategy().isRollingUpdate() ? "RollingUpdate" : "OnDelete";
    }

    /**
     * Per DaemonSet uid, the down nodes where it has a pod stuck terminating or one that is not Ready (sorted): one
     * pass over the pods for every DaemonSet.
     */
    private static Map<String, List<String>> stallingNodes(Snapshot end, Set<String> down) {
        Map<String, TreeSet<String>> byUid = new HashMap<>();
        if (!down.isEmpty()) {
            for (Pod pod : end.pods()) {
                String uid = pod.controllerUid();
                if (uid != null && down.contains(pod.targetNodeName()) && (pod.isBeingDeleted() || !pod.isReady())) {
                    byUid.computeIfAbsent(uid, u -> new TreeSet<>()).add(pod.targetNodeName());
                }
            }
        }
        Map<String, List<String>> out = new HashMap<>();
        byUid.forEach((uid, nodes) -> out.put(uid, List.copyOf(nodes)));
        return out;
    }

    /** The median time from creation to Ready of the DaemonSet's pods; see {@link PodStartTimes}. */
    static Duration measuredPodStart(Snapshot snapshot, DaemonSet ds) {
        return PodStartTimes.of(snapshot).median(ds);
    }
}
