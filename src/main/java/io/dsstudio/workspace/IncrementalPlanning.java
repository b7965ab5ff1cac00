package io.dsstudio.workspace;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.reconcile.IncrementalPlanner;
import io.dsstudio.reconcile.Plan;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The app's planning: each snapshot is planned from the previous one through {@link IncrementalPlanner}, so a
 * node edit re-plans that node's column, a DaemonSet edit that DaemonSet's row, and a pod change the DaemonSets
 * that claim the pods. The plan always equals a full plan of the snapshot at the planner's clock.
 *
 * <p>The clock moves on only every {@link #CLOCK_STEP} (re-planning at another time re-syncs every DaemonSet,
 * since availability depends on it); a pod therefore shows as available up to that much later than the
 * controller would count it. Safe to call from the app's single task thread and from tests.
 */
public final class IncrementalPlanning implements PlanningService {
    /** How stale the availability clock may get before a full re-plan. */
    public static final Duration CLOCK_STEP = Duration.ofSeconds(10);

    /** How many recently planned snapshots keep their planner (the current one, a what-if, its sync's result, …). */
    static final int REMEMBERED = 4;

    private final Clock clock;
    /** The planners of the snapshots planned last, newest first, each with the snapshot object it was asked for. */
    private final Deque<Planned> recent = new ArrayDeque<>();
    /** The snapshot just read whose planning was started ahead of {@link #planOpened} (see {@link #planOpenedAhead}). */
    private Snapshot aheadOf;
    private CompletableFuture<IncrementalPlanner> ahead;

    private record Planned(Snapshot snapshot, IncrementalPlanner planner) {
    }

    public IncrementalPlanning(Clock clock) {
        this.clock = clock;
    }

    /**
     * The same snapshot object asked for again (the current one, while a what-if is staged on it) gets the same
     * {@link Plan} object, unless its clock is more than {@link #CLOCK_STEP} old.
     */
    @Override
    public synchronized Plan plan(Snapshot snapshot) {
        Instant now = clock.instant();
        IncrementalPlanner next = plannerOf(snapshot);
        if (Duration.between(next.now(), now).abs().compareTo(CLOCK_STEP) > 0) {
            next = next.at(now);
        }
        remember(snapshot, next);
        return next.plan();
    }

    @Override
    public synchronized Plan planShown(Snapshot snapshot) {
        Planned known = find(snapshot);
        if (known == null) {
            return plan(snapshot);
        }
        remember(snapshot, known.planner()); // the newest again: a what-if's plans must not push it out
        return known.planner().plan();
    }

    @Override
    public synchronized Plan planOpened(Snapshot snapshot) {
        recent.clear();
        CompletableFuture<IncrementalPlanner> started = aheadOf == snapshot ? ahead : null;
        aheadOf = null;
        ahead = null;
        IncrementalPlanner fresh = started != null ? started.join() : new IncrementalPlanner(snapshot, clock.instant());
        remember(snapshot, fresh);
        return fresh.plan();
    }

    /**
     * Starts the fresh planner of a snapshot just read on a thread of its own; {@link #planOpened} of the same
     * snapshot object takes it (waiting for it if need be). Between the read and that call the app hands the
     * snapshot to the FX thread, which shows it: the plan is computed meanwhile, not after. A snapshot read but never
     * opened (another read followed) is let go of by the next call.
     */
    @Override
    public synchronized void planOpenedAhead(Snapshot snapshot) {
        Instant now = clock.instant();
        aheadOf = snapshot;
        ahead = CompletableFuture.supplyAsync(() -> {
            IncrementalPlanner fresh = new IncrementalPlanner(snapshot, now);
            fresh.plan();
            return fresh;
        }, job -> {
            Thread thread = new Thread(job, "dsstudio-plan-opened");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** How many snapshots keep their planner now (each holds its snapshot in memory). */
    synchronized int remembered() {
        return recent.size();
    }

    /** Re-plans only what the edit changed from base's planner, without moving the clock (the what-if compares like with like). */
    @Override
    public synchronized Plan planEdited(Snapshot base, Snapshot edited) {
        Planned from = find(base);
        if (from == null) {
            return plan(edited);
        }
        IncrementalPlanner next = follow(from.planner(), from.snapshot(), edited);
        if (next == null) {
            return plan(edited);
        }
        remember(edited, next);
        return next.plan();
    }

    private IncrementalPlanner plannerOf(Snapshot snapshot) {
        if (ahead != null) {
            // read and planned ahead, then edited before its plan was asked for (an autosave journal replayed)
            remember(aheadOf, ahead.join());
            aheadOf = null;
            ahead = null;
        }
        Planned known = find(snapshot);
        if (known != null) {
            return known.planner();
        }
        Planned last = recent.peekFirst();
        IncrementalPlanner followed = last == null ? null : follow(last.planner(), last.snapshot(), snapshot);
        if (followed != null) {
            return followed;
        }
        recent.clear(); // another snapshot altogether (or far from these): their planners would only hold memory
        return new IncrementalPlanner(snapshot, clock.instant());
    }

    private Planned find(Snapshot snapshot) {
        for (Planned p : recent) {
            if (p.snapshot() == snapshot) {
                return p;
            }
        }
        return null;
    }

    private void remember(Snapshot snapshot, IncrementalPlanner planner) {
        recent.removeIf(p -> p.snapshot() == snapshot);
        recent.addFirst(new Planned(snapshot, planner));
        while (recent.size() > REMEMBERED) {
            recent.removeLast();
        }
    }

    /** The planner moved to {@code target} edit by edit, or null when starting afresh is simpler. */
    private static IncrementalPlanner follow(IncrementalPlanner planner, Snapshot old, Snapshot target) {
        if (old == target) {
            return planner;
        }
        if (!old.revisions().equals(target.revisions())) {
            return null;
        }
        IncrementalPlanner p = planner;
        Map<String, ClusterNode> before = new HashMap<>();
        old.nodes().forEach(n -> before.put(n.name(), n));
        Set<String> seen = new HashSet<>();
        int changed = 0;
        for (ClusterNode node : target.nodes()) {
            if (!seen.add(node.name())) {
                return null;
            }
            ClusterNode was = before.get(node.name());
            if (was == null) {
                p = p.withNodeAdded(node);
                changed++;
            } else if (was != node && !was.equals(node)) {
                p = p.withNode(node);
                changed++;
            }
        }
        for (String name : before.keySet()) {
            if (!seen.contains(name)) {
                p = p.withoutNode(name);
                changed++;
            }
        }
        if (changed > Math.max(16, target.nodes().size() / 10)) {
            return null;
        }
        if (!old.daemonSets().equals(target.daemonSets())) {
            Set<String> keys = new HashSet<>();
            for (DaemonSet ds : target.daemonSets()) {
                keys.add(ds.key());
                if (!old.daemonSets().contains(ds)) {
                    p = p.withDaemonSet(ds);
                }
            }
            for (DaemonSet ds : old.daemonSets()) {
                if (!keys.contains(ds.key())) {
                    p = p.withoutDaemonSet(ds.meta().namespace(), ds.meta().name());
                }
            }
        }
        if (!old.pods().equals(target.pods())) {
            p = p.withPods(target.pods());
        }
        return p;
    }
}
