package io.dsstudio.cluster;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.ObjectRef;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.domain.Taint;
import io.dsstudio.yaml.Canonical;
import io.dsstudio.yaml.KubeObject;
import io.dsstudio.yaml.LoadedSnapshot;
import io.fabric8.kubernetes.api.model.Node;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

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

    /**
     * The DaemonSet edits made against the live state shown ({@code live}): every DaemonSet of {@code edited} whose
     * spec, labels or annotations differ from the live one (or that is new) becomes a server-side apply of the
     * manifest {@code manifestJson} gives for it (the editor's applied text without server-owned fields; a DaemonSet
     * it has no manifest for is left out); every live DaemonSet missing from {@code edited} becomes a deletion, with
     * its pods (cascade) when none of them is left in {@code edited}, else orphaning them.
     */
    public static List<LiveChange> daemonSetEdits(Snapshot live, Snapshot edited,
                                                  Function<DaemonSet, Optional<String>> manifestJson) {
        return daemonSetEdits(live, edited, manifestJson, ref -> Optional.empty());
    }

    /** As above; {@code cascadeChosen} gives the user's own choice for a deleted DaemonSet (true: cascade) when known. */
    public static List<LiveChange> daemonSetEdits(Snapshot live, Snapshot edited,
                                                  Function<DaemonSet, Optional<String>> manifestJson,
                                                  Function<ObjectRef, Optional<Boolean>> cascadeChosen) {
        List<LiveChange> changes = new ArrayList<>();
        Map<ObjectRef, DaemonSet> before = new LinkedHashMap<>();
        live.daemonSets().forEach(d -> before.put(d.ref(), d));
        Set<ObjectRef> kept = new HashSet<>();
        for (DaemonSet ds : edited.daemonSets()) {
            kept.add(ds.ref());
            DaemonSet was = before.get(ds.ref());
            if (was != null && (was.equals(ds) || sameObject(was, ds))) {
                continue;
            }
            manifestJson.apply(ds).ifPresent(json ->
                    changes.add(new LiveChange.ApplyDaemonSet(ds.meta().namespace(), ds.meta().name(), json)));
        }
        Set<String> podsLeft = new HashSet<>();
        edited.pods().forEach(p -> podsLeft.add(p.meta().namespace() + "/" + p.meta().name()));
        for (DaemonSet was : before.values()) {
            if (kept.contains(was.ref())) {
                continue;
            }
            Optional<Boolean> chosen = cascadeChosen.apply(was.ref());
            if (chosen.isPresent()) {
                changes.add(new LiveChange.DeleteDaemonSet(was.meta().namespace(), was.meta().name(), chosen.get()));
                continue;
            }
            boolean orphaned = was.meta().uid() != null && live.pods().stream()
                    .filter(p -> p.meta().controllerRef().map(o -> was.meta().uid().equals(o.uid())).orElse(false))
                    .anyMatch(p -> podsLeft.contains(p.meta().namespace() + "/" + p.meta().name()));
            changes.add(new LiveChange.DeleteDaemonSet(was.meta().namespace(), was.meta().name(), !orphaned));
        }
        return changes;
    }

    /** Same spec, labels and annotations (the template-generation and last-applied annotations aside). */
    public static boolean sameObject(DaemonSet a, DaemonSet b) {
        return a.template().fingerprint().equals(b.template().fingerprint()) && Objects.equals(a.selector(), b.selector())
                && Objects.equals(a.updateStrategy(), b.updateStrategy()) && a.minReadySeconds() == b.minReadySeconds()
                && Objects.equals(a.revisionHistoryLimit(), b.revisionHistoryLimit())
                && a.meta().labels().equals(b.meta().labels())
                && userAnnotations(a).equals(userAnnotations(b));
    }

    private static Map<String, String> userAnnotations(DaemonSet ds) {
        Map<String, String> out = new HashMap<>(ds.meta().annotations());
        out.remove(DaemonSet.GENERATION_ANNOTATION);
        out.remove("kubectl.kubernetes.io/last-applied-configuration");
        return out;
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
