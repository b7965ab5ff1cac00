package io.dsstudio.cluster;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.ControllerRevision;
import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Diagnostic;
import io.dsstudio.domain.ObjectMeta;
import io.dsstudio.domain.ObjectRef;
import io.dsstudio.domain.Pod;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.yaml.KubeObject;
import io.dsstudio.yaml.LoadedSnapshot;
import io.dsstudio.yaml.ManifestReader;
import io.dsstudio.yaml.ObjectOverlay;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Lays edited manifests over the live state ("what would this edited manifest do on my cluster?") by the same
 * rules as {@code --base} lays them over a snapshot ({@link ObjectOverlay}, {@link io.dsstudio.yaml.OverlayRules}):
 * an object in the files replaces the live object with the same kind, namespace and name after the API server's
 * defaulting of both (spec, labels and annotations from the file; uid, resourceVersion, status and pods from the
 * cluster), with PrepareForUpdate's generations; an object the cluster lacks is created (generation 1). Everything
 * else stays as live. A manifest that names no namespace goes to the given default namespace (--namespace, else the
 * context's, else "default"). The result's sources are the user's manifests, which server-side apply sends.
 */
public final class LiveOverlay {
    private LiveOverlay() {
    }

    public static LoadedSnapshot lay(LiveState live, LoadedSnapshot files, String defaultNamespace) {
        String namespace = defaultNamespace == null || defaultNamespace.isEmpty() ? "default" : defaultNamespace;
        ObjectOverlay.Outcome outcome = new ObjectOverlay().lay(files, held(live), namespace);
        LoadedSnapshot placed = withDefaultNamespace(files, namespace);
        List<Diagnostic> diagnostics = new ArrayList<>(placed.diagnostics());
        diagnostics.addAll(outcome.problems());
        diagnostics.addAll(live.diagnostics());
        return new LoadedSnapshot(outcome.over(live.snapshot()), placed.read(), placed.sources(), diagnostics, placed.ignored());
    }

    /** The live objects' trees by ref (what manifests are laid over), read by our own reader from fabric8's JSON. */
    public static Function<ObjectRef, Map<String, Object>> held(LiveState live) {
        Map<ObjectRef, HasMetadata> held = new HashMap<>();
        for (List<? extends HasMetadata> kind : List.of(live.nodes(), live.daemonSets(), live.pods(), live.revisions())) {
            kind.forEach(o -> held.put(refOf(o), o));
        }
        ManifestReader reader = new ManifestReader();
        KubernetesSerialization serialization = new KubernetesSerialization();
        return ref -> tree(reader, serialization, held.get(ref));
    }

    /** The live object as a plain tree, read by our own reader from fabric8's JSON (so number types match files'). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> tree(ManifestReader reader, KubernetesSerialization serialization, HasMetadata object) {
        if (object == null) {
            return null;
        }
        var read = reader.readText("live", serialization.asJson(LiveTrim.trim(object)));
        return read.objects().isEmpty() ? null : (Map<String, Object>) read.objects().get(0).root().toPlain();
    }

    private static ObjectRef refOf(HasMetadata o) {
        String kind = o instanceof io.fabric8.kubernetes.api.model.Node ? ClusterNode.KIND
                : o instanceof io.fabric8.kubernetes.api.model.apps.DaemonSet ? DaemonSet.KIND
                : o instanceof io.fabric8.kubernetes.api.model.Pod ? Pod.KIND : ControllerRevision.KIND;
        return new ObjectRef(kind, ClusterNode.KIND.equals(kind) ? null : o.getMetadata().getNamespace(), o.getMetadata().getName());
    }

    private static ObjectRef revisionRef(ControllerRevision r) {
        return new ObjectRef(ControllerRevision.KIND, r.meta().namespace(), r.meta().name());
    }

    /** Moves objects whose manifest names no namespace from "default" to {@code namespace}. */
    static LoadedSnapshot withDefaultNamespace(LoadedSnapshot files, String namespace) {
        if (namespace == null || namespace.isEmpty() || "default".equals(namespace)) {
            return files;
        }
        Map<ObjectRef, KubeObject> sources = new HashMap<>();
        Set<ObjectRef> moved = new HashSet<>();
        for (Map.Entry<ObjectRef, KubeObject> e : files.sources().entrySet()) {
            KubeObject object = e.getValue();
            if (!ObjectOverlay.placed(object, namespace).equals(object.ref())) {
                moved.add(e.getKey());
                KubeObject placed = new KubeObject(object.file(), object.documentIndex(), object.itemIndex(), object.root(),
                        object.apiVersion(), object.kind(), namespace, object.name());
                sources.put(placed.ref(), placed);
            } else {
                sources.put(e.getKey(), object);
            }
        }
        Snapshot s = files.snapshot();
        List<DaemonSet> daemonSets = s.daemonSets().stream()
                .map(d -> moved.contains(d.ref()) ? d.withMeta(inNamespace(d.meta(), namespace)) : d).toList();
        List<Pod> pods = s.pods().stream()
                .map(p -> moved.contains(p.ref()) ? p.withMeta(inNamespace(p.meta(), namespace)) : p).toList();
        List<ControllerRevision> revisions = s.revisions().stream()
                .map(r -> moved.contains(revisionRef(r))
                        ? new ControllerRevision(inNamespace(r.meta(), namespace), r.revision(), r.templateFingerprint()) : r)
                .toList();
        return new LoadedSnapshot(new Snapshot(s.nodes(), daemonSets, pods, revisions), files.read(), sources,
                files.diagnostics(), files.ignored());
    }

    private static ObjectMeta inNamespace(ObjectMeta m, String namespace) {
        return new ObjectMeta(m.name(), namespace, m.uid(), m.labels(), m.annotations(), m.ownerReferences(),
                m.creationTimestamp(), m.deletionTimestamp(), m.generation());
    }
}
