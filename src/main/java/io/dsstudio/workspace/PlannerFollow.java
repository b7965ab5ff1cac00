package io.dsstudio.workspace;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.reconcile.IncrementalPlanner;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Moves an {@link IncrementalPlanner} from one snapshot to another edit by edit: the nodes, DaemonSets and pods that
 * differ, each re-planned through the planner's {@code with…}; null when starting afresh is simpler.
 */
final class PlannerFollow {
    private PlannerFollow() {
    }

    /** The planner moved to {@code target} edit by edit, or null when starting afresh is simpler. */
    static IncrementalPlanner follow(IncrementalPlanner planner, Snapshot old, Snapshot target) {
        if (old == target) {
            return planner;
        }
        if (!old.revisions().equals(target.revisions())) {
            return null;
        }
        IncrementalPlanner p = planner;
        List<ClusterNode> oldNodes = old.nodes();
        List<ClusterNode> newNodes = target.nodes();
        int differing = 0;
        if (oldNodes.size() == newNodes.size()) {
            for (int i = 0; i < newNodes.size() && differing >= 0; i++) {
                ClusterNode was = oldNodes.get(i);
                ClusterNode node = newNodes.get(i);
                if (was != node) {
                    // an edit keeps the nodes' order: the same name at the same place is that node changed
                    differing = was.name().equals(node.name()) ? differing + 1 : -1;
                }
            }
        } else {
            differing = -1;
        }
        if (differing >= 0) {
            return followSameNodes(p, old, target, differing);
        }
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
        return followDaemonSetsAndPods(p, old, target);
    }

    /**
     * Moved to {@code target}, whose nodes have the names of {@code old}'s at the same places (an edit or a sync of
     * it): a pass of reference comparisons instead of a map of every node by name. Names are unique (reading reports
     * a duplicate object as an error).
     */
    private static IncrementalPlanner followSameNodes(IncrementalPlanner planner, Snapshot old, Snapshot target, int differing) {
        if (differing > Math.max(16, target.nodes().size() / 10)) {
            return null;
        }
        IncrementalPlanner p = planner;
        List<ClusterNode> oldNodes = old.nodes();
        List<ClusterNode> newNodes = target.nodes();
        for (int i = 0; i < newNodes.size() && differing > 0; i++) {
            ClusterNode node = newNodes.get(i);
            if (node != oldNodes.get(i)) {
                differing--;
                if (!node.equals(oldNodes.get(i))) {
                    p = p.withNode(node);
                }
            }
        }
        return followDaemonSetsAndPods(p, old, target);
    }

    private static IncrementalPlanner followDaemonSetsAndPods(IncrementalPlanner planner, Snapshot old, Snapshot target) {
        IncrementalPlanner p = planner;
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
        if (old.pods() != target.pods()) {
            p = p.withPods(target.pods()); // compared by identity, in one walk for a sync's pods
        }
        return p;
    }
}
