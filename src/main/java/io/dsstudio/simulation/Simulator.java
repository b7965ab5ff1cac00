package io.dsstudio.simulation;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Pod;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.reconcile.Cancellation;
import io.dsstudio.reconcile.ClusterPort;
import io.dsstudio.reconcile.DeleteCause;
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
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Runs controller syncs on the embedded model, as the real controller and its surroundings would: pods created
 * in one sync are bound by the scheduler and become Running and Ready by the next; deleted pods are gone by the
 * next (as are pods that were already terminating); adoptions and releases are written onto the pods; the clock
 * advances by the largest minReadySeconds plus one second per sync, so a Ready pod is available one sync later.
 * <p>With stalling modelled ({@link #stallingUnreadyNodes}), NotReady and Unknown nodes behave as in a real
 * rollout: their pods are not Ready, new pods there never start, and a pod deleted there stays terminating.
 */
public final class Simulator {
    /** Syncs after which {@link #runUntilConverged} gives up. */
    public static final int MAX_SYNCS = 1_000;

    private final Planner planner;
    private final boolean stallUnreadyNodes;
    private final boolean keepsNames;

    public Simulator(Planner planner) {
        this(planner, false);
    }

    private Simulator(Planner planner, boolean stallUnreadyNodes) {
        this(planner, stallUnreadyNodes, false);
    }

    private Simulator(Planner planner, boolean stallUnreadyNodes, boolean keepsNames) {
        this.planner = planner;
        this.stallUnreadyNodes = stallUnreadyNodes;
        this.keepsNames = keepsNames;
    }

    /**
     * A simulator for syncs of many edits of one snapshot, each from the start (the app's staged edits): it keeps the
     * names of that snapshot's pods between syncs, rather than naming every pod again for each.
     */
    public static Simulator forEditsOfOneSnapshot(Planner planner) {
        return new Simulator(planner, false, true);
    }

    /** A simulator in which NotReady and Unknown nodes stall the rollout, as they do in a real cluster. */
    public static Simulator stallingUnreadyNodes(Planner planner) {
        return new Simulator(planner, true);
    }

    /**
     * The names in use in the state the last sync left (keys namespace/name), handed on to the next sync of that
     * state, which updates them in place: a sync need not list every pod's name again.
     */
    private Snapshot keysOf;
    private Set<String> podKeys;
    /**
     * The names of the pods list synced last from scratch, never changed: syncs of other snapshots with the very same
     * pods (each staged edit of a node, synced in turn) copy it instead of naming every pod again.
     */
    private List<Pod> namedPods;
    private Set<String> namedKeys;

    private Set<String> keysOfPods(Snapshot snapshot) {
        if (!keepsNames) {
            return EmbeddedCluster.podKeys(snapshot);
        }
        if (snapshot.pods() != namedPods) {
            namedKeys = EmbeddedCluster.podKeys(snapshot);
            namedPods = snapshot.pods();
        }
        return new OverlaidNames(namedKeys);     // not a copy of every name: the sync's changes over them
    }

    /** Makes the pods; it keeps what the pods of one DaemonSet revision share from sync to sync. */
    private final DaemonPodFactory podFactory = new DaemonPodFactory();

    public SyncResult sync(SimulationState state, int number) {
        return sync(state, number, (Plan) null);
    }

    /**
     * The same sync, given the plan of {@code state}'s snapshot at its clock when the caller has it (an incremental
     * planner's, equal to the planner's own): it is used when the sync plans that very snapshot (no pod waits to be
     * started first), else the sync plans afresh.
     */
    public SyncResult sync(SimulationState state, int number, Plan planOfState) {
        return sync(state, number, (seen, at) -> planOfState != null && seen == state.snapshot() ? planOfState : planner.plan(seen, at));
    }

    /**
     * The same sync, planned by {@code planning} (given the snapshot the sync plans and its clock), which must return
     * what the planner would: a caller running many syncs re-plans incrementally ({@code IncrementalPlanner}) what
     * each sync changed instead of the whole cluster.
     */
    public synchronized SyncResult sync(SimulationState state, int number, BiFunction<Snapshot, Instant, Plan> planning) {
        Set<String> keys = state.snapshot() == keysOf ? podKeys : keysOfPods(state.snapshot());
        keysOf = null;
        podKeys = null;
        Instant now = state.clock();
        Set<String> down = stallUnreadyNodes ? PodLifecycle.unreadyNodes(state.snapshot()) : Set.of();
        SimulationState started = startPendingPods(state, now, down);
        if (!down.isEmpty()) {
            Snapshot s = PodLifecycle.markDownNodePodsNotReady(started.snapshot(), down, now);
            started = new SimulationState(s, started.clock(), started.createdPods(), started.unbound(), started.deletedPods());
        }
        Cancellation.checkpoint();
        Plan plan = planning.apply(started.snapshot(), now);
        podFactory.keepOnly(started.snapshot().daemonSets());
        EmbeddedCluster cluster = new EmbeddedCluster(started, now, keys, podFactory);
        List<Pod> stuck = new ArrayList<>();
        ClusterPort port = down.isEmpty() ? cluster : new ClusterPort() {
            @Override
            public void createDaemonPod(DaemonSet daemonSet, String node) {
                cluster.createDaemonPod(daemonSet, node);
            }

            @Override
            public void deletePod(Pod pod, DeleteCause cause) {
                cluster.deletePod(pod, cause);
                if (down.contains(pod.targetNodeName())) {
                    stuck.add(pod);
                }
            }
        };
        Cancellation.checkpoint();
        PlanApplier.apply(plan, started.snapshot(), port);
        Cancellation.checkpoint();
        SimulationState applied = cluster.next(now.plusSeconds(tick(started.snapshot())));
        SimulationState kept = PodLifecycle.keepTerminating(applied, stuck, started.createdPods(), now);
        SimulationState after = PodLifecycle.finishTermination(kept, PodLifecycle.terminating(started.snapshot()), down);
        after = PodLifecycle.writeOwnership(after, plan);
        if (after.snapshot() == kept.snapshot()) {
            // the names the cluster kept track of are those of this state, with the pods stuck terminating back in
            stuck.forEach(pod -> keys.add(EmbeddedCluster.key(pod)));
            keysOf = after.snapshot();
            podKeys = keys;
        }
        return new SyncResult(number, now, plan, after, PodLifecycle.requeues(plan, started.snapshot(), down),
                PodLifecycle.stalledNodes(after.snapshot(), down));
    }

    /**
     * Runs {@code steps} syncs (fewer once one has nothing to do and nothing to come back for, or once only
     * stalled nodes hold the rollout), reporting each as it completes.
     */
    public List<SyncResult> run(SimulationState state, int steps, Consumer<SyncResult> onSync) {
        List<SyncResult> results = new ArrayList<>();
        runKeepingLast(state, steps, result -> {
            results.add(result);
            onSync.accept(result);
        });
        return results;
    }

    /**
     * Runs {@code steps} syncs (fewer once one is settled, see {@link #run}) and keeps only the last result: a long run holds one
     * state and one plan, not one of each per sync. Null when {@code steps} is below 1.
     */
    public SyncResult runKeepingLast(SimulationState state, int steps, Consumer<SyncResult> onSync) {
        return runKeepingLast(state, steps, planner::plan, onSync);
    }

    /** The same, each sync planned by {@code planning} (see {@link #sync(SimulationState, int, BiFunction)}). */
    public SyncResult runKeepingLast(SimulationState state, int steps, BiFunction<Snapshot, Instant, Plan> planning,
                                     Consumer<SyncResult> onSync) {
        SyncResult last = null;
        SimulationState current = state;
        for (int i = 1; i <= steps; i++) {
            last = sync(current, i, planning);
            onSync.accept(last);
            current = last.after();
            if (last.settled()) {
                break;
            }
        }
        return last;
    }

    /**
     * Syncs until converged: one plans nothing and the controller would not requeue (see {@link SyncResult#converged});
     * the last result is converged unless {@link #MAX_SYNCS} ran out or stalled nodes block the rollout.
     */
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
        return startPendingPods(state, now, Set.of());
    }

    /** The same; pods for nodes in {@code downNodes} stay Pending, as their kubelet cannot start them. */
    static SimulationState startPendingPods(SimulationState state, Instant now, Set<String> downNodes) {
        if (state.unbound().isEmpty()) {
            return state;
        }
        Map<String, CreatedPod> created = new LinkedHashMap<>(state.createdPods());
        // the snapshot holds the very objects the last sync created, so they are found by identity, not by key
        Map<Pod, Pod> replacements = new IdentityHashMap<>();
        for (String key : state.unbound()) {
            CreatedPod pod = created.get(key);
            if (pod != null && !downNodes.contains(pod.pod().targetNodeName())) {
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
        return new SimulationState(snapshot, now, io.dsstudio.domain.HandedOver.map(created), java.util.Set.of(), state.deletedPods());
    }
}
