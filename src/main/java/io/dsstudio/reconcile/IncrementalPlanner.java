package io.dsstudio.reconcile;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.ControllerRevision;
import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Diagnostic;
import io.dsstudio.domain.Pod;
import io.dsstudio.domain.Snapshot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * {@link Planner} for a snapshot that is edited one object at a time: {@link #plan()} always equals
 * {@code new Planner().plan(snapshot(), now())}, but an edit re-plans only what it touches. A node edit
 * recomputes that node's verdict for each DaemonSet (one look-up in the DaemonSet's per-signature cache), and
 * only for the DaemonSets whose verdict changed: the node's status contribution, its manage() actions, and
 * the rolling-update step when whether the node should run changed (the desired count, so a percentage
 * maxUnavailable or maxSurge, moves with it). A DaemonSet edit re-syncs that DaemonSet only; a pod change
 * re-syncs the DaemonSets that could claim the pods changed. Adding or removing a node renumbers the node
 * positions every row is indexed by, so it re-syncs every DaemonSet (still without re-indexing the pods).
 *
 * <p>Persistent: every {@code with…} returns a new planner and leaves this one as it was; unchanged
 * per-DaemonSet rows are shared. Pure: the clock is passed in. Not thread-safe (rows memoise lazily). Node
 * names are taken to be unique, as in a cluster: nodes are addressed by name.
 */
public final class IncrementalPlanner {
    private final Instant now;
    private final ClusterNode[] nodes;          // in snapshot order
    private final int[] inputIndex;             // snapshot-order index of the node at each sorted position
    private final NodeIndex positions;          // names and positions; its node objects may be older versions
    private NodeIndex current;                  // the current nodes, built when a re-sync needs them
    private final List<DaemonSet> daemonSets;   // in snapshot order
    private final List<Pod> pods;
    private final PodIndex podIndex;
    private final List<ControllerRevision> revisions;
    private final Entry[] entries;              // in plan order
    private Plan plan;

    /** One DaemonSet of the snapshot: a row when the controller syncs it, else the warning why not. */
    private record Entry(DaemonSet ds, Diagnostic skipped, DaemonSetRow row) {
    }

    public IncrementalPlanner(Snapshot snapshot, Instant now) {
        this(snapshot.nodes().toArray(ClusterNode[]::new), snapshot.daemonSets(), snapshot.pods(),
                PodIndex.of(snapshot.pods()), snapshot.revisions(), Objects.requireNonNull(now));
    }

    /** A planner whose rows are all synced afresh. */
    private IncrementalPlanner(ClusterNode[] nodes, List<DaemonSet> daemonSets, List<Pod> pods, PodIndex podIndex,
                               List<ControllerRevision> revisions, Instant now) {
        this.now = now;
        this.nodes = nodes;
        this.positions = new NodeIndex(List.of(nodes));
        this.current = positions;
        this.inputIndex = inputIndex(nodes, positions);
        this.daemonSets = List.copyOf(daemonSets);
        this.pods = List.copyOf(pods);
        this.podIndex = podIndex;
        this.revisions = List.copyOf(revisions);
        this.entries = syncedInParallel(this.daemonSets);
    }

    private IncrementalPlanner(IncrementalPlanner base, Instant now, ClusterNode[] nodes, NodeIndex current,
                               List<DaemonSet> daemonSets, List<Pod> pods, PodIndex podIndex, Entry[] entries) {
        this.now = now;
        this.nodes = nodes;
        this.inputIndex = base.inputIndex;
        this.positions = base.positions;
        this.current = current;
        this.daemonSets = daemonSets;
        this.pods = pods;
        this.podIndex = podIndex;
        this.revisions = base.revisions;
        this.entries = entries;
    }

    /** The plan of the current snapshot at {@link #now()}; the same object until the next edit. */
    public Plan plan() {
        if (plan == null) {
            List<DaemonSetPlan> plans = new ArrayList<>(entries.length);
            List<Diagnostic> warnings = new ArrayList<>();
            for (Entry e : entries) {
                if (e.skipped() != null) {
                    warnings.add(e.skipped());
                }
            }
            for (Entry e : entries) {
                if (e.row() != null) {
                    plans.add(e.row().plan());
                    e.row().addWarnings(warnings);
                }
            }
            plan = new Plan(plans, warnings);
        }
        return plan;
    }

    /** The snapshot as edited so far (nodes, DaemonSets and pods in the order they were given). */
    public Snapshot snapshot() {
        return new Snapshot(List.of(nodes), daemonSets, pods, revisions);
    }

    public Instant now() {
        return now;
    }

    /** The plan with the node of the same name replaced by {@code changed}. */
    public IncrementalPlanner withNode(ClusterNode changed) {
        int position = positions.position(changed.name());
        if (position < 0) {
            throw new IllegalArgumentException("no node named " + changed.name() + "; use withNodeAdded");
        }
        int input = inputIndex[position];
        if (nodes[input] == changed) {
            return this;
        }
        ClusterNode[] edited = nodes.clone();
        edited[input] = changed;
        Entry[] rows = entries.clone();
        for (int i = 0; i < rows.length; i++) {
            DaemonSetRow row = rows[i].row();
            if (row != null) {
                DaemonSetRow next = row.withNode(position, changed);
                if (next != row) {
                    rows[i] = new Entry(rows[i].ds(), null, next);
                }
            }
        }
        return new IncrementalPlanner(this, now, edited, null, daemonSets, pods, podIndex, rows);
    }

    public IncrementalPlanner withNodeAdded(ClusterNode added) {
        if (positions.position(added.name()) >= 0) {
            throw new IllegalArgumentException("a node named " + added.name() + " exists; use withNode");
        }
        ClusterNode[] more = Arrays.copyOf(nodes, nodes.length + 1);
        more[nodes.length] = added;
        return new IncrementalPlanner(more, daemonSets, pods, podIndex, revisions, now);
    }

    public IncrementalPlanner withoutNode(String name) {
        List<ClusterNode> kept = new ArrayList<>(nodes.length);
        for (ClusterNode node : nodes) {
            if (!node.name().equals(name)) {
                kept.add(node);
            }
        }
        if (kept.size() == nodes.length) {
            return this;
        }
        return new IncrementalPlanner(kept.toArray(ClusterNode[]::new), daemonSets, pods, podIndex, revisions, now);
    }

    /** The plan with the DaemonSet of the same namespace and name replaced by {@code changed}, or added. */
    public IncrementalPlanner withDaemonSet(DaemonSet changed) {
        List<DaemonSet> edited = new ArrayList<>(daemonSets);
        int at = indexOf(changed.meta().namespace(), changed.meta().name());
        if (at >= 0) {
            if (edited.get(at) == changed) {
                return this;
            }
            edited.set(at, changed);
        } else {
            edited.add(changed);
        }
        return withDaemonSets(List.copyOf(edited));
    }

    public IncrementalPlanner withoutDaemonSet(String namespace, String name) {
        int at = indexOf(namespace, name);
        if (at < 0) {
            return this;
        }
        List<DaemonSet> edited = new ArrayList<>(daemonSets);
        edited.remove(at);
        return withDaemonSets(List.copyOf(edited));
    }

    /**
     * The plan with the pods replaced by {@code newPods}. Pods are compared by identity: the DaemonSets that
     * could claim a pod that is new or gone (its controller's UID, or for an orphan its namespace) are
     * re-synced, the others keep their rows. A controller sync's pods (the same order, a few dropped, replaced
     * or appended) are compared in one walk over both lists ({@link PodListDiff}).
     */
    public IncrementalPlanner withPods(List<Pod> newPods) {
        if (newPods == pods) {
            return this;
        }
        PodListDiff diff = PodListDiff.of(pods, newPods);
        if (diff.isEmpty()) {
            return this;
        }
        Set<PodIndex.Group> touched = new HashSet<>();
        diff.removed().forEach(p -> touched.add(PodIndex.groupOf(p)));
        diff.added().forEach(p -> touched.add(PodIndex.groupOf(p)));
        PodIndex index = podIndex.with(diff.removed(), diff.added());
        Predicate<DaemonSet> affected = ds -> touched.stream().anyMatch(g -> g.isReadBy(ds));
        return rebuilt(now, daemonSets, List.copyOf(newPods), index, affected);
    }

    /**
     * The plan of the same snapshot at another time. Only availability depends on the clock, and only for a
     * DaemonSet with {@code minReadySeconds} (without it a pod is available as soon as it is Ready): those rows
     * are re-synced, the others kept.
     */
    public IncrementalPlanner at(Instant time) {
        if (time.equals(now)) {
            return this;
        }
        return rebuilt(time, daemonSets, pods, podIndex, ds -> ds.minReadySeconds() != 0);
    }

    private IncrementalPlanner withDaemonSets(List<DaemonSet> edited) {
        return rebuilt(now, edited, pods, podIndex, ds -> false);
    }

    /**
     * A planner over the given DaemonSets, pods and clock: rows of DaemonSets that are the same objects as
     * before and not {@code affected} are kept, the others synced afresh.
     */
    private IncrementalPlanner rebuilt(Instant time, List<DaemonSet> edited, List<Pod> newPods, PodIndex index,
                                       Predicate<DaemonSet> affected) {
        Map<DaemonSet, DaemonSetRow> keep = new IdentityHashMap<>();
        for (Entry e : entries) {
            if (e.row() != null && !affected.test(e.ds())) {
                keep.put(e.ds(), e.row());
            }
        }
        IncrementalPlanner next = new IncrementalPlanner(this, time, nodes, current, edited, newPods, index, null);
        Entry[] rows = entries(edited, keep, next::sync);
        return new IncrementalPlanner(this, time, nodes, next.current, edited, newPods, index, rows);
    }

    private static Entry[] entries(List<DaemonSet> daemonSets, Map<DaemonSet, DaemonSetRow> keep,
                                   Function<DaemonSet, DaemonSetRow> sync) {
        List<DaemonSet> sorted = new ArrayList<>(daemonSets);
        sorted.sort(Planner.DS_ORDER);
        Entry[] out = new Entry[sorted.size()];
        for (int i = 0; i < out.length; i++) {
            Cancellation.checkpoint(); // a re-sync of many DaemonSets stops when no longer wanted
            out[i] = entry(sorted.get(i), keep, sync);
        }
        return out;
    }

    /** A DaemonSet's row: none when the controller skips it, the kept one when there is one, else synced. */
    private static Entry entry(DaemonSet ds, Map<DaemonSet, DaemonSetRow> keep, Function<DaemonSet, DaemonSetRow> sync) {
        Diagnostic skipped = Planner.notReconciled(ds);
        DaemonSetRow row = skipped != null ? null : keep.get(ds);
        return new Entry(ds, skipped, skipped != null || row != null ? row : sync.apply(ds));
    }

    /**
     * Every DaemonSet synced afresh, each on a thread of the common pool, and each row's plan made there too: the
     * DaemonSets of one plan share nothing but the read-only node and pod indexes (the node index's projections are
     * a concurrent map), and a row's memos belong to the thread that makes the row until the join publishes it.
     */
    private Entry[] syncedInParallel(List<DaemonSet> toSync) {
        List<DaemonSet> sorted = new ArrayList<>(toSync);
        sorted.sort(Planner.DS_ORDER);
        Entry[] out = new Entry[sorted.size()];
        java.util.stream.IntStream.range(0, out.length).parallel().forEach(i -> {
            Entry entry = entry(sorted.get(i), Map.of(), this::sync);
            if (entry.row() != null) {
                entry.row().plan(); // with the rolling-update step it may need, memoised in the row
            }
            out[i] = entry;
        });
        return out;
    }

    private DaemonSetRow sync(DaemonSet ds) {
        if (current == null) {
            current = new NodeIndex(List.of(nodes));
        }
        SyncContext ctx = new SyncContext(ds, TemplateRevision.of(ds, revisions), now);
        ClaimedPods claimed = new PodClaims(List.of(ctx), podIndex.candidates(ds), current).claimed(0);
        return DaemonSetRow.sync(ctx, current, claimed);
    }

    private int indexOf(String namespace, String name) {
        for (int i = 0; i < daemonSets.size(); i++) {
            DaemonSet ds = daemonSets.get(i);
            if (Objects.equals(ds.meta().namespace(), namespace) && Objects.equals(ds.meta().name(), name)) {
                return i;
            }
        }
        return -1;
    }

    private static int[] inputIndex(ClusterNode[] nodes, NodeIndex index) {
        int[] out = new int[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            int position = index.position(nodes[i].name());
            out[position] = i;
        }
        return out;
    }
}
