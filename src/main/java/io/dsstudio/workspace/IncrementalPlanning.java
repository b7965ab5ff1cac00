package io.dsstudio.workspace;

import io.dsstudio.domain.Snapshot;
import io.dsstudio.reconcile.IncrementalPlanner;
import io.dsstudio.reconcile.Plan;
import io.dsstudio.reconcile.Planner;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

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
    /**
     * The planners of the one what-if staged now: its edited snapshot's and its controller sync's. A newer what-if
     * replaces it and a discard drops it (without the lock: the FX thread discards), so discarded what-ifs hold no memory.
     */
    private final AtomicReference<WhatIf> whatIf = new AtomicReference<>();
    /** The snapshot just read whose planning was started ahead of {@link #planOpened} (see {@link #planOpenedAhead}). */
    private Snapshot aheadOf;
    private CompletableFuture<IncrementalPlanner> ahead;

    private record Planned(Snapshot snapshot, IncrementalPlanner planner) {
    }

    /** A what-if staged on {@code base}; {@code synced} is null until its controller sync is planned. */
    private record WhatIf(Snapshot base, Planned edited, Planned synced) {
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
        whatIf.set(null);
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
        WhatIf w = whatIf.get();
        return recent.size() + (w == null ? 0 : w.synced() == null ? 1 : 2);
    }

    /** Whether a planner is kept for this very snapshot object. */
    synchronized boolean keeps(Snapshot snapshot) {
        return find(snapshot) != null;
    }

    /**
     * Re-plans only what the edit changed from base's planner, without moving the clock (the what-if compares like with
     * like). This what-if replaces the one staged before it, whose planners are let go.
     */
    @Override
    public synchronized Plan planEdited(Snapshot base, Snapshot edited) {
        Planned from = find(base);
        if (from == null) {
            whatIf.set(null);
            return plan(edited);
        }
        IncrementalPlanner next = PlannerFollow.follow(from.planner(), from.snapshot(), edited);
        if (next == null) {
            whatIf.set(null);
            return plan(edited);
        }
        whatIf.set(new WhatIf(base, new Planned(edited, next), null));
        return next.plan();
    }

    /**
     * The what-if's edited planner moved to {@code time}, re-syncing only the DaemonSets whose availability depends on
     * the clock; another snapshot's kept planner likewise, without keeping the moved one; a full plan without one.
     */
    @Override
    public synchronized Plan planAt(Snapshot snapshot, Instant time) {
        Planned known = find(snapshot);
        if (known == null) {
            return PlanningService.super.planAt(snapshot, time);
        }
        IncrementalPlanner moved = known.planner().at(time);
        WhatIf w = whatIf.get();
        if (w != null && w.edited().snapshot() == snapshot) {
            whatIf.compareAndSet(w, new WhatIf(w.base(), new Planned(snapshot, moved), w.synced()));
        }
        return moved.plan();
    }

    /**
     * Re-plans from edited's planner only the DaemonSets whose pods the sync changed, at that planner's clock (the one
     * {@link #planAt} moved it to). Kept only while its what-if is the one staged: a discarded what-if's sync that
     * finishes late does not bring its planners back.
     */
    @Override
    public synchronized Plan planSynced(Snapshot edited, Snapshot synced) {
        Planned from = find(edited);
        IncrementalPlanner next = from == null ? null : PlannerFollow.follow(from.planner(), from.snapshot(), synced);
        if (next == null) {
            return new Planner().plan(synced, from == null ? clock.instant() : from.planner().now());
        }
        WhatIf w = whatIf.get();
        if (w != null && w.edited().snapshot() == edited) {
            whatIf.compareAndSet(w, new WhatIf(w.base(), w.edited(), new Planned(synced, next)));
        }
        return next.plan();
    }

    /** Lets go of the what-if staged on {@code base}; takes no lock, so the FX thread may call it. */
    @Override
    public void whatIfsDiscarded(Snapshot base) {
        whatIf.getAndUpdate(w -> w != null && w.base() == base ? null : w);
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
        IncrementalPlanner followed = last == null ? null : PlannerFollow.follow(last.planner(), last.snapshot(), snapshot);
        if (followed != null) {
            return followed;
        }
        recent.clear(); // another snapshot altogether (or far from these): their planners would only hold memory
        whatIf.set(null);
        return new IncrementalPlanner(snapshot, clock.instant());
    }

    private Planned find(Snapshot snapshot) {
        for (Planned p : recent) {
            if (p.snapshot() == snapshot) {
                return p;
            }
        }
        WhatIf w = whatIf.get();
        if (w != null && w.edited().snapshot() == snapshot) {
            return w.edited();
        }
        return w != null && w.synced() != null && w.synced().snapshot() == snapshot ? w.synced() : null;
    }

    private void remember(Snapshot snapshot, IncrementalPlanner planner) {
        recent.removeIf(p -> p.snapshot() == snapshot);
        recent.addFirst(new Planned(snapshot, planner));
        while (recent.size() > REMEMBERED) {
            recent.removeLast();
        }
    }
}
