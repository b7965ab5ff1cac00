package io.dsstudio.simulation;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Pod;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.reconcile.Plan;
import io.dsstudio.reconcile.PlanApplier;
import io.dsstudio.reconcile.Planner;

import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Runs controller syncs on the embedded model, as the real controller and its surroundings would: pods created
 * in one sync are bound by the scheduler and become Running and Ready by the next; deleted pods are gone by the
 * next; the clock advances by the largest minReadySeconds plus one second per sync, so a Ready pod is available
 * one sync later.
 */
public final class Simulator {
    /** Syncs after which {@link #runUntilConverged} gives up. */
    public static final int MAX_SYNCS = 1_000;

    private final Planner planner;

    public Simulator(Planner planner) {
        this.planner = planner;
    }

    /**
     * The names in use in the state the last sync left (keys namespace/name), handed on to the next sync of that
     * state, which updates them in place: a sync need not list every pod's name again.
     */
    private Snapshot keysOf;
    private Set<String> podKeys;

    public synchronized SyncResult sync(SimulationState state, int number) {
        Set<String> keys = state.snapshot() == keysOf ? podKeys : EmbeddedCluster.podKeys(state.snapshot());
        keysOf = null;
        podKeys = null;
        Instant now = state.clock();
        SimulationState started = startPendingPods(state, now);
        Plan plan = planner.plan(started.snapshot(), now);
        EmbeddedCluster cluster = new EmbeddedCluster(started, now, keys);
        PlanApplier.apply(plan, started.snapshot(), cluster);
        SimulationState after = cluster.next(now.plusSeconds(tick(started.snapshot())));
        keysOf = after.snapshot();
        podKeys = keys;
        return new SyncResult(number, now, plan, after);
    }

    /** Runs {@code steps} syncs (fewer if one plans nothing), reporting each as it completes. */
    public List<SyncResult> run(SimulationState state, int steps, Consumer<SyncResult> onSync) {
        List<SyncResult> results = new ArrayList<>();
        SimulationState current = state;
        for (int i = 1; i <= steps; i++) {
            SyncResult result = sync(current, i);
            results.add(result);
            onSync.accept(result);
            current = result.after();
            if (result.actionCount() == 0) {
                break;
            }
        }
        return results;
    }

    /**
     * Runs {@code steps} syncs (fewer if one plans nothing) and keeps only the last result: a long run holds one
     * state and one plan, not one of each per sync. Null when {@code steps} is below 1.
     */
    public SyncResult runKeepingLast(SimulationState state, int steps, Consumer<SyncResult> onSync) {
        SyncResult last = null;
        SimulationState current = state;
        for (int i = 1; i <= steps; i++) {
            last = sync(current, i);
            onSync.accept(last);
            current = last.after();
            if (last.actionCount() == 0) {
                break;
            }
        }
        return last;
    }

    /** Syncs until one plans nothing; the last result's plan has no actions unless {@link #MAX_SYNCS} ran out. */
    public List<SyncResult> runUntilConverged(SimulationState state, Consumer<SyncResult> onSync) {
        return run(state, MAX_SYNCS, onSync);
    }

    private static long tick(Snapshot snapshot) {
        int maxMinReady = snapshot.daemonSets().stream().mapToInt(DaemonSet::minReadySeconds).max().orElse(0);
        return Math.max(0, maxMinReady) + 1L;
    }

    /**
     * The scheduler binds what the last sync created, and the kubelet starts it: the state as the next sync would
     * find it, for callers that show one sync's outcome as settled.
     */
    public static SimulationState startPendingPods(SimulationState state, Instant now) {
        if (state.unbound().isEmpty()) {
            return state;
        }
        Map<String, CreatedPod> created = new LinkedHashMap<>(state.createdPods());
        // the snapshot holds the very objects the last sync created, so they are found by identity, not by key
        Map<Pod, Pod> replacements = new IdentityHashMap<>();
        for (String key : state.unbound()) {
            CreatedPod pod = created.get(key);
            if (pod != null) {
                CreatedPod running = DaemonPodFactory.bindAndStart(pod, now);
                created.put(key, running);
                replacements.put(pod.pod(), running.pod());
            }
        }
        Snapshot s = state.snapshot();
        List<Pod> pods = new ArrayList<>(s.pods().size());
        for (Pod p : s.pods()) {
            pods.add(replacements.getOrDefault(p, p));
        }
        Snapshot snapshot = new Snapshot(s.nodes(), s.daemonSets(), pods, s.revisions());
        return new SimulationState(snapshot, now, created, java.util.Set.of(), state.deletedPods());
    }
}
