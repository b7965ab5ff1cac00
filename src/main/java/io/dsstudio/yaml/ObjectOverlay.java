package io.dsstudio.yaml;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.ControllerRevision;
import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Diagnostic;
import io.dsstudio.domain.ErrorType;
import io.dsstudio.domain.ObjectRef;
import io.dsstudio.domain.Pod;
import io.dsstudio.domain.Snapshot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Manifests laid over objects held elsewhere than in files (the live cluster's, or the app's open snapshot as it
 * stands after its edits), by {@link OverlayRules}, the rules {@code --base} lays files over files with
 * ({@link SnapshotOverlay}): each manifest replaces the held object of the same kind, namespace and name, or is
 * created when none is held. Only the manifests' objects are worked out here; {@link Outcome#over} puts them into
 * the rest of the state.
 */
public final class ObjectOverlay {
    private final ManifestRenderer renderer = new ManifestRenderer();
    private final SnapshotLoader loader = new SnapshotLoader();

    /**
     * @param objects   the overlay's objects as they end up (replaced and created), in manifest order
     * @param replaced  held objects a manifest replaced, in manifest order
     * @param created   objects no held object had, in manifest order
     * @param texts     each object's resulting document (what saving it writes)
     * @param positions where the user wrote each object (for diagnostics and server-side apply)
     * @param problems  errors met working out the result, placed on the manifest
     */
    public record Outcome(Snapshot objects, List<ObjectRef> replaced, List<ObjectRef> created, Map<ObjectRef, String> texts,
                          Map<ObjectRef, KubeObject> positions, List<Diagnostic> problems) {
        public Outcome {
            replaced = List.copyOf(replaced);
            created = List.copyOf(created);
            texts = Map.copyOf(texts);
            positions = Map.copyOf(positions);
            problems = List.copyOf(problems);
        }

        /** {@code current} with this outcome's objects in place of the ones they replace, new ones after the rest. */
        public Snapshot over(Snapshot current) {
            return new Snapshot(swap(current.nodes(), objects.nodes(), ClusterNode::ref),
                    swap(current.daemonSets(), objects.daemonSets(), DaemonSet::ref),
                    swap(current.pods(), objects.pods(), Pod::ref),
                    swap(current.revisions(), objects.revisions(), ControllerRevision::ref));
        }

        private static <T> List<T> swap(List<T> current, List<T> replacements, Function<T, ObjectRef> ref) {
            if (replacements.isEmpty()) {
                return current;
            }
            Map<ObjectRef, T> byRef = new LinkedHashMap<>();
            replacements.forEach(r -> byRef.put(ref.apply(r), r));
            List<T> out = new ArrayList<>(current.size() + replacements.size());
            for (T held : current) {
                T replacement = byRef.remove(ref.apply(held));
                out.add(replacement == null ? held : replacement);
            }
            out.addAll(byRef.values());
            return out;
        }
    }

    /**
     * @param overlay          the manifests, as read (objects that failed to read or map are not laid)
     * @param held             the tree of the held object with a ref, or null when none is held
     * @param defaultNamespace where a namespaced manifest that names no namespace goes (null: "default")
     */
    public Outcome lay(LoadedSnapshot overlay, Function<ObjectRef, Map<String, Object>> held, String defaultNamespace) {
        List<ObjectRef> replaced = new ArrayList<>();
        List<ObjectRef> created = new ArrayList<>();
        Map<ObjectRef, KubeObject> positions = new LinkedHashMap<>();
        Map<ObjectRef, String> texts = new LinkedHashMap<>();
        List<Diagnostic> problems = new ArrayList<>();
        for (KubeObject o : overlay.read().objects()) {
            if (overlay.source(o.ref()) != o) {
                continue;       // not modelled, not mapped, or a duplicate inside the overlay (reported there)
            }
            KubeObject manifest = o.attached();
            ObjectRef ref = placed(manifest, defaultNamespace);
            Map<String, Object> now = inNamespace(plain(manifest), ref.namespace());
            Map<String, Object> base = held.apply(ref);
            try {
                Map<String, Object> tree = base == null ? OverlayRules.created(o.kind(), now) : OverlayRules.merged(o.kind(), base, now);
                (base == null ? created : replaced).add(ref);
                positions.put(ref, manifest);
                texts.put(ref, renderer.render(tree));
            } catch (ManifestEditException e) {
                problems.add(Diagnostic.error("OverlayFailed", ref, null, ErrorType.Invalid, e.getMessage())
                        .at(manifest.position()));
            }
        }
        Snapshot objects = Snapshot.EMPTY;
        if (!texts.isEmpty()) {
            LoadedSnapshot read = loader.loadText(overlay.read().files().isEmpty() ? "overlay"
                    : overlay.read().files().get(0).displayPath(), String.join("---\n", texts.values()));
            objects = read.snapshot();
            for (Diagnostic d : read.diagnostics()) {
                if (d.isError()) {
                    ObjectRef where = positions.keySet().stream().filter(r -> r.toString().equals(d.object())).findFirst().orElse(null);
                    problems.add(where == null ? d : d.at(d.field() == null ? positions.get(where).position()
                            : positions.get(where).locate(d.field())));
                }
            }
        }
        return new Outcome(objects, replaced, created, texts, positions, problems);
    }

    /** The ref a manifest lands at: its own, or in {@code defaultNamespace} when it names none. */
    public static ObjectRef placed(KubeObject manifest, String defaultNamespace) {
        ObjectRef ref = manifest.ref();
        if (ref.namespace() == null || defaultNamespace == null || defaultNamespace.isEmpty() || namesNamespace(manifest)) {
            return ref;
        }
        return new ObjectRef(ref.kind(), defaultNamespace, ref.name());
    }

    static boolean namesNamespace(KubeObject object) {
        return object.root().get("metadata") instanceof YMap meta && meta.get("namespace") != null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> plain(KubeObject object) {
        return (Map<String, Object>) object.root().toPlain();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> inNamespace(Map<String, Object> tree, String namespace) {
        if (namespace == null) {
            return tree;
        }
        Map<String, Object> out = new LinkedHashMap<>(tree);
        Map<String, Object> meta = out.get("metadata") instanceof Map<?, ?> m
                ? new LinkedHashMap<>((Map<String, Object>) m) : new LinkedHashMap<>();
        meta.put("namespace", namespace);
        out.put("metadata", meta);
        return out;
    }
}
