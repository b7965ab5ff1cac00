package io.dsstudio.workspace;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.ObjectRef;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.simulation.Cascade;
import io.dsstudio.simulation.CreatedPod;
import io.dsstudio.simulation.DaemonSetDeletion;
import io.dsstudio.simulation.SimulationSetup;
import io.dsstudio.simulation.SimulationState;
import io.dsstudio.simulation.Simulator;
import io.dsstudio.simulation.SyncResult;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Applies DaemonSet changes to the embedded model and runs the controller on it, one sync at a time, through the
 * simulation package. Each call returns the undoable command; the simulation state after the last call is kept
 * so the next step continues it (pods created by one sync are bound and Ready at the next) as long as the
 * workspace still shows its snapshot. Trees of every pod the simulation created are kept for saving.
 * <p>The UI calls it from a background task while the FX thread may ask {@link #converged} or {@link #createdTrees}:
 * the remembered state is published through a volatile field and the trees through a concurrent map.
 */
public final class EmbeddedController {
    private final ControllerSync sync;
    private final Clock clock;
    private final Map<String, Map<String, Object>> createdTrees = new ConcurrentHashMap<>();
    private volatile SimulationState last;
    private final AtomicInteger syncNumber = new AtomicInteger();
    private volatile SyncListener syncListener = (from, result) -> { };

    /**
     * Told of every sync this controller runs, on the thread that runs it (a background task): {@code from} is the
     * snapshot the sync continued from (for {@link #apply}, the snapshot with the edited spec), so a listener can
     * chain the syncs of one run and match them to the snapshot the workspace shows once the command is executed.
     */
    @FunctionalInterface
    public interface SyncListener {
        void synced(Snapshot from, SyncResult result);
    }

    public EmbeddedController(ControllerSync sync, Clock clock) {
        this.sync = sync;
        this.clock = clock;
    }

    /** Commits the edited DaemonSet (replacing {@code replaces}, or new) and runs one controller sync. */
    public SnapshotCommand apply(Snapshot current, ObjectRef replaces, DaemonSet edited) {
        Snapshot withSpec = DaemonSetSpecs.withEdited(current, replaces, edited);
        SyncResult result = step(withSpec, SimulationSetup.start(withSpec, clock.instant()));
        return new SnapshotCommand("command.applyDaemonSet", List.of(edited.meta().name()), current, result.after().snapshot());
    }

    /** One more controller sync. */
    public SnapshotCommand step(Snapshot current) {
        SyncResult result = step(current, continueFrom(current));
        return new SnapshotCommand("command.step", List.of(result.number()), current, result.after().snapshot());
    }

    /**
     * Syncs until converged as {@code apply --until-converged} means it ({@link SyncResult#settled}: nothing planned
     * and nothing the controller would requeue for), at most {@link Simulator#MAX_SYNCS}.
     */
    public SnapshotCommand runToEnd(Snapshot current) {
        SimulationState state = continueFrom(current);
        Snapshot from = current;
        int syncs = 0;
        for (int i = 0; i < Simulator.MAX_SYNCS; i++) {
            SyncResult result = step(from, state);
            from = result.after().snapshot();
            state = result.after();
            syncs++;
            if (result.settled()) {
                break;
            }
        }
        return new SnapshotCommand("command.runToEnd", List.of(syncs), current, state.snapshot());
    }

    /** Whether the next sync would do nothing. */
    public boolean converged(Snapshot current) {
        SimulationState state = continueFrom(current);
        return state.unbound().isEmpty() && sync.step(state, 0).converged();
    }

    /** Deletes the DaemonSet; with {@link Cascade#ORPHAN} its pods keep running without an owner. */
    public SnapshotCommand delete(Snapshot current, DaemonSet target, Cascade cascade) {
        SimulationState state = DaemonSetDeletion.delete(continueFrom(current), prepared(current, target), cascade);
        remember(state);
        String key = cascade == Cascade.ORPHAN ? "command.deleteOrphan" : "command.deleteCascade";
        return new SnapshotCommand(key, List.of(target.meta().name()), current, state.snapshot());
    }

    /** The whole trees of the pods the simulation created (key namespace/name), for writing them out. */
    public Map<String, Map<String, Object>> createdTrees() {
        return Map.copyOf(createdTrees);
    }

    /** Installs the one listener told of every sync (the rollout dock's). */
    public void onSync(SyncListener listener) {
        syncListener = listener;
    }

    private SyncResult step(Snapshot from, SimulationState state) {
        SyncResult result = sync.step(state, syncNumber.incrementAndGet());
        remember(result.after());
        syncListener.synced(from, result);
        return result;
    }

    private void remember(SimulationState state) {
        last = state;
        for (CreatedPod pod : state.createdPods().values()) {
            createdTrees.put(pod.key(), pod.tree());
        }
    }

    private SimulationState continueFrom(Snapshot current) {
        SimulationState known = last;
        if (known != null && known.snapshot() == current) {
            return known;
        }
        return SimulationSetup.start(current, clock.instant());
    }

    /** The DaemonSet as the simulation holds it (with the uid it was given), so deletion finds its pods. */
    private DaemonSet prepared(Snapshot current, DaemonSet target) {
        DaemonSet inState = DaemonSetSpecs.find(continueFrom(current).snapshot(), target.ref());
        return inState == null ? target : inState;
    }
}
