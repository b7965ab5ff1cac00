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
import io.dsstudio.yaml.YMap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lays edited manifests over the live state ("what would this edited manifest do on my cluster?"): an object in
 * the files replaces the live object with the same kind, namespace and name; everything else stays as live. A
 * manifest that names no namespace goes to the given default namespace (--namespace, else the context's, else
 * "default").
 */
public final class LiveOverlay {
    private LiveOverlay() {
    }

    public static LoadedSnapshot lay(LiveState live, LoadedSnapshot files, String defaultNamespace) {
        LoadedSnapshot placed = withDefaultNamespace(files, defaultNamespace);
        Snapshot top = placed.snapshot();
        Set<ObjectRef> replaced = new HashSet<>();
        top.nodes().forEach(n -> replaced.add(n.ref()));
        top.daemonSets().forEach(d -> replaced.add(d.ref()));
        top.pods().forEach(p -> replaced.add(p.ref()));
        top.revisions().forEach(r -> replaced.add(revisionRef(r)));

        Snapshot base = live.snapshot();
        List<ClusterNode> nodes = new ArrayList<>(top.nodes());
        base.nodes().stream().filter(n -> !replaced.contains(n.ref())).forEach(nodes::add);
        List<DaemonSet> daemonSets = new ArrayList<>(top.daemonSets());
        base.daemonSets().stream().filter(d -> !replaced.contains(d.ref())).forEach(daemonSets::add);
        List<Pod> pods = new ArrayList<>(top.pods());
        base.pods().stream().filter(p -> !replaced.contains(p.ref())).forEach(pods::add);
        List<ControllerRevision> revisions = new ArrayList<>(top.revisions());
        base.revisions().stream().filter(r -> !replaced.contains(revisionRef(r))).forEach(revisions::add);

        List<Diagnostic> diagnostics = new ArrayList<>(placed.diagnostics());
        diagnostics.addAll(live.diagnostics());
        return new LoadedSnapshot(new Snapshot(nodes, daemonSets, pods, revisions), placed.read(), placed.sources(),
                diagnostics, placed.ignored());
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
            if (object.namespace() != null && !namesNamespace(object)) {
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

    private static boolean namesNamespace(KubeObject object) {
        return object.root().get("metadata") instanceof YMap meta && meta.get("namespace") != null;
    }

    private static ObjectMeta inNamespace(ObjectMeta m, String namespace) {
        return new ObjectMeta(m.name(), namespace, m.uid(), m.labels(), m.annotations(), m.ownerReferences(),
                m.creationTimestamp(), m.deletionTimestamp(), m.generation());
    }
}
