package io.dsstudio.yaml;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Diagnostic;
import io.dsstudio.domain.ObjectRef;
import io.dsstudio.schema.ApiDefaults;
import io.dsstudio.schema.SemanticEquality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Manifests laid over a snapshot, as {@code kubectl apply} of them would leave the cluster: an overlay object
 * replaces the base object of the same kind, namespace and name — its spec, labels and annotations replace the
 * base's, while uid, resourceVersion, creationTimestamp, managedFields and status stay the base's — after the API
 * server's defaulting of both ({@link ApiDefaults}). A DaemonSet then gets upstream strategy.go PrepareForUpdate's
 * generations: a template that differs semantically adds 1 to {@code metadata.generation} and to the template
 * generation; any other spec change adds 1 to {@code metadata.generation} only. Overlay objects the base lacks are
 * added as they are. Duplicates inside the base or inside the overlay stay errors (each side's own diagnostics).
 * <p>The result reads like any snapshot: the base files with the replaced documents edited in place, then the
 * overlay files without the documents that replaced something.
 */
public final class SnapshotOverlay {
    private final ManifestEditor editor = new ManifestEditor();
    private final ManifestReader reader = new ManifestReader();

    /**
     * @param merged    the combined snapshot (its files are the edited texts; nothing is written)
     * @param positions where each object of the result was written by the user (base or overlay), for diagnostics
     * @param replaced  the base objects an overlay object replaced, in overlay order
     */
    public record Result(LoadedSnapshot merged, Map<ObjectRef, KubeObject> positions, List<ObjectRef> replaced) {
        public Result {
            positions = Map.copyOf(positions);
            replaced = List.copyOf(replaced);
        }
    }

    public Result overlay(LoadedSnapshot base, LoadedSnapshot overlay) throws ManifestEditException {
        List<ObjectRef> replaced = new ArrayList<>();
        Map<SourceFile, List<ManifestEditor.ObjectEdit>> baseEdits = new LinkedHashMap<>();
        Map<SourceFile, Set<KubeObject>> overlayRemovals = new LinkedHashMap<>();
        for (KubeObject o : overlay.read().objects()) {
            if (overlay.source(o.ref()) != o) {
                continue;       // not modelled, not mapped, or a duplicate inside the overlay (reported there)
            }
            KubeObject target = base.source(o.ref());
            if (target == null) {
                continue;
            }
            replaced.add(o.ref());
            KubeObject held = target.attached();
            for (ManifestEdit edit : replacement(held, o.attached())) {
                baseEdits.computeIfAbsent(target.file(), f -> new ArrayList<>()).add(new ManifestEditor.ObjectEdit(held, edit));
            }
            overlayRemovals.computeIfAbsent(o.file(), f -> new HashSet<>()).add(o);
        }
        List<SourceFile> files = new ArrayList<>();
        for (SourceFile f : base.read().files()) {
            List<ManifestEditor.ObjectEdit> edits = baseEdits.get(f);
            files.add(edits == null ? f : new SourceFile(f.displayPath(), f.path(), editor.apply(f, edits)));
        }
        for (SourceFile f : overlay.read().files()) {
            Set<KubeObject> doomed = overlayRemovals.get(f);
            if (doomed == null) {
                files.add(f);
                continue;
            }
            List<KubeObject> all = overlay.read().objects().stream().filter(o -> o.file().equals(f)).toList();
            String text = new ObjectRemover().remove(f, f.text(), all, doomed);
            if (!text.isBlank()) {
                files.add(new SourceFile(f.displayPath(), f.path(), text));
            }
        }
        LoadedSnapshot reread = reread(files);
        List<Diagnostic> diagnostics = new ArrayList<>(base.diagnostics());
        diagnostics.addAll(overlay.diagnostics());
        LoadedSnapshot merged = new LoadedSnapshot(reread.snapshot(), reread.read(), reread.sources(), diagnostics, reread.ignored());
        Map<ObjectRef, KubeObject> positions = new HashMap<>(base.sources());
        positions.putAll(overlay.sources());
        return new Result(merged, positions, replaced);
    }

    private LoadedSnapshot reread(List<SourceFile> files) {
        List<SourceFile> kept = new ArrayList<>();
        List<KubeObject> objects = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (SourceFile f : files) {
            ReadResult r = reader.readText(f.displayPath(), f.text());
            kept.add(f);
            for (KubeObject o : r.objects()) {
                objects.add(new KubeObject(f, o.documentIndex(), o.itemIndex(), o.root(), o.apiVersion(), o.kind(),
                        o.namespace(), o.name()));
            }
            diagnostics.addAll(r.diagnostics());
        }
        return SnapshotLoader.map(new ReadResult(kept, objects, diagnostics));
    }

    /** The edits that give the base object the overlay's spec, labels and annotations. */
    @SuppressWarnings("unchecked")
    static List<ManifestEdit> replacement(KubeObject base, KubeObject overlay) {
        Map<String, Object> was = (Map<String, Object>) base.root().toPlain();
        Map<String, Object> now = (Map<String, Object>) overlay.root().toPlain();
        List<ManifestEdit> edits = new ArrayList<>();
        Map<String, Object> wasMeta = mapAt(was, "metadata");
        Map<String, Object> nowMeta = mapAt(now, "metadata");
        Map<String, Object> annotations = new LinkedHashMap<>(mapAt(nowMeta, "annotations"));
        if (DaemonSet.KIND.equals(base.kind())) {
            Map<String, Object> defaultedWas = ApiDefaults.daemonSet(was);
            Map<String, Object> defaultedNow = ApiDefaults.daemonSet(now);
            Map<String, Object> wasSpec = mapAt(defaultedWas, "spec");
            Map<String, Object> nowSpec = mapAt(defaultedNow, "spec");
            boolean templateChanged = !SemanticEquality.equal(wasSpec.get("template"), nowSpec.get("template"));
            boolean specChanged = templateChanged || !SemanticEquality.equal(withoutTemplate(wasSpec), withoutTemplate(nowSpec));
            long generation = number(wasMeta.get("generation"), 1);
            long templateGeneration = templateGeneration(was);
            if (templateChanged) {
                templateGeneration++;
            }
            if (specChanged) {
                generation++;
            }
            boolean extensions = DaemonSet.EXTENSIONS_V1BETA1.equals(now.get("apiVersion"));
            if (extensions) {
                nowSpec.put("templateGeneration", templateGeneration);
            } else {
                nowSpec.remove("templateGeneration");
            }
            // the API server reads the annotation into the internal templateGeneration, which update may not set
            annotations.put(DaemonSet.GENERATION_ANNOTATION, Long.toString(templateGeneration));
            if (!java.util.Objects.equals(was.get("apiVersion"), now.get("apiVersion"))) {
                edits.add(ManifestEdit.set("apiVersion", now.get("apiVersion")));
            }
            edits.add(ManifestEdit.set("spec", nowSpec));
            if (wasMeta.get("generation") != null || specChanged) {
                edits.add(ManifestEdit.set("metadata.generation", generation));
            }
        } else if (now.containsKey("spec") || was.containsKey("spec")) {
            if (now.get("spec") == null) {
                edits.add(ManifestEdit.remove("spec"));
            } else {
                edits.add(ManifestEdit.set("spec", now.get("spec")));
            }
        }
        edits.add(replaceMap(wasMeta, "labels", mapAt(nowMeta, "labels")));
        edits.add(replaceMap(wasMeta, "annotations", annotations));
        edits.removeIf(java.util.Objects::isNull);
        return edits;
    }

    private static ManifestEdit replaceMap(Map<String, Object> wasMeta, String key, Map<String, Object> value) {
        if (value.isEmpty()) {
            return wasMeta.get(key) == null ? null : ManifestEdit.remove("metadata." + key);
        }
        return ManifestEdit.set("metadata." + key, new LinkedHashMap<>(value));
    }

    private static long templateGeneration(Map<String, Object> daemonSet) {
        Object annotated = mapAt(mapAt(daemonSet, "metadata"), "annotations").get(DaemonSet.GENERATION_ANNOTATION);
        if (annotated instanceof String s) {
            try {
                return Long.parseLong(s.trim());
            } catch (NumberFormatException notANumber) {
                // fall through to spec.templateGeneration
            }
        }
        return number(mapAt(daemonSet, "spec").get("templateGeneration"), 1);
    }

    private static Map<String, Object> withoutTemplate(Map<String, Object> spec) {
        Map<String, Object> out = new LinkedHashMap<>(spec);
        out.remove("template");
        out.remove("templateGeneration");
        return out;
    }

    private static long number(Object value, long otherwise) {
        return value instanceof Number n ? n.longValue() : otherwise;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mapAt(Map<String, Object> parent, String key) {
        return parent != null && parent.get(key) instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
