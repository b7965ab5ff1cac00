package io.dsstudio.cluster;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.ObjectRef;
import io.dsstudio.domain.Pod;
import io.dsstudio.domain.Snapshot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The live snapshot kept current from watch events; thread-safe, every read is a consistent immutable snapshot. */
public final class LiveModel {
    private final Map<ObjectRef, ClusterNode> nodes = new LinkedHashMap<>();
    private final Map<ObjectRef, DaemonSet> daemonSets = new LinkedHashMap<>();
    private final Map<ObjectRef, Pod> pods = new LinkedHashMap<>();
    private final List<io.dsstudio.domain.ControllerRevision> revisions;

    public LiveModel(Snapshot initial) {
        initial.nodes().forEach(n -> nodes.put(n.ref(), n));
        initial.daemonSets().forEach(d -> daemonSets.put(d.ref(), d));
        initial.pods().forEach(p -> pods.put(p.ref(), p));
        revisions = initial.revisions();
    }

    public synchronized void apply(LiveEvent event) {
        Map<ObjectRef, ?> target = switch (event.ref().kind()) {
            case ClusterNode.KIND -> nodes;
            case DaemonSet.KIND -> daemonSets;
            case Pod.KIND -> pods;
            default -> null;
        };
        if (target == null) {
            return;
        }
        if (event.type() == LiveEvent.Type.DELETED) {
            target.remove(event.ref());
        } else if (event.object() instanceof ClusterNode n) {
            nodes.put(event.ref(), n);
        } else if (event.object() instanceof DaemonSet d) {
            daemonSets.put(event.ref(), d);
        } else if (event.object() instanceof Pod p) {
            pods.put(event.ref(), p);
        }
    }

    public synchronized Snapshot snapshot() {
        List<ClusterNode> n = new ArrayList<>(nodes.values());
        n.sort(Comparator.comparing(ClusterNode::name));
        return new Snapshot(n, new ArrayList<>(daemonSets.values()), new ArrayList<>(pods.values()), revisions);
    }

    public synchronized List<DaemonSet> daemonSets() {
        return List.copyOf(daemonSets.values());
    }
}
