package io.dsstudio.workspace;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.reconcile.IncrementalPlanner;
import io.dsstudio.reconcile.Plan;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

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

    private final Clock clock;
    private IncrementalPlanner last;

    public IncrementalPlanning(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized Plan plan(Snapshot snapshot) {
        Instant now = clock.instant();
        IncrementalPlanner next = last == null ? null : follow(last, snapshot);
        if (next == null) {
            next = new IncrementalPlanner(snapshot, now);
        } else if (Duration.between(next.now(), now).abs().compareTo(CLOCK_STEP) > 0) {
            next = next.at(now);
        }
        last = next;
        return next.plan();
    }

    /** The planner moved to {@code target} edit by edit, or null when starting afresh is simpler. */
    private static IncrementalPlanner follow(IncrementalPlanner planner, Snapshot target) {
        Snapshot old = planner.snapshot();
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
            } else if (!was.equals(node)) {
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
