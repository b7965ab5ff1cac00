package io.dsstudio.cluster;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Taint;
import io.dsstudio.yaml.Canonical;
import io.dsstudio.yaml.KubeObject;
import io.dsstudio.yaml.LoadedSnapshot;
import io.fabric8.kubernetes.api.model.Node;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The changes that turn the live state into an edited one (the live state with files laid over it, or with the
 * user's edits): node labels as touched keys, taints and unschedulable at the resourceVersion that was read, and
 * every DaemonSet that comes from a file by server-side apply.
 */
public final class LiveChanges {
    private LiveChanges() {
    }

    public static List<LiveChange> between(LiveState live, LoadedSnapshot edited) {
        List<LiveChange> changes = new ArrayList<>();
        Map<String, ClusterNode> liveNodes = new HashMap<>();
        live.snapshot().nodes().forEach(n -> liveNodes.put(n.name(), n));
        for (ClusterNode node : edited.snapshot().nodes()) {
            ClusterNode before = liveNodes.get(node.name());
            if (before == null || before == node) {
                continue;
            }
            labels(before, node).ifPresent(changes::add);
            scheduling(live, before, node).ifPresent(changes::add);
        }
        for (DaemonSet ds : edited.snapshot().daemonSets()) {
            KubeObject source = edited.source(ds.ref());
            if (source != null) {
                changes.add(new LiveChange.ApplyDaemonSet(ds.meta().namespace(), ds.meta().name(),
                        Canonical.json(source.root().toPlain())));
            }
        }
        return changes;
    }

    static java.util.Optional<LiveChange> labels(ClusterNode before, ClusterNode after) {
        Map<String, String> set = new HashMap<>();
        after.labels().forEach((k, v) -> {
            if (!v.equals(before.labels().get(k))) {
                set.put(k, v);
            }
        });
        Set<String> removed = new HashSet<>(before.labels().keySet());
        removed.removeAll(after.labels().keySet());
        if (set.isEmpty() && removed.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new LiveChange.NodeLabels(after.name(), set, removed));
    }

    static java.util.Optional<LiveChange> scheduling(LiveState live, ClusterNode before, ClusterNode after) {
        boolean taintsChanged = !before.taints().equals(after.taints());
        boolean cordonChanged = before.unschedulable() != after.unschedulable();
        if (!taintsChanged && !cordonChanged) {
            return java.util.Optional.empty();
        }
        String resourceVersion = live.node(after.name()).map(Node::getMetadata)
                .map(m -> m.getResourceVersion()).orElse(null);
        List<Taint> base = before.taints();
        return java.util.Optional.of(new LiveChange.NodeScheduling(after.name(), Objects.requireNonNullElse(resourceVersion, ""),
                base, after.taints(), cordonChanged ? after.unschedulable() : null));
    }
}
