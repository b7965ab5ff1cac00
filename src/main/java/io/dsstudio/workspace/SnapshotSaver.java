package io.dsstudio.workspace;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.ObjectRef;
import io.dsstudio.domain.Pod;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.yaml.FileChange;
import io.dsstudio.yaml.KubeObject;
import io.dsstudio.yaml.LoadedSnapshot;
import io.dsstudio.yaml.ManifestEdit;
import io.dsstudio.yaml.ManifestEditException;
import io.dsstudio.yaml.ManifestEditor;
import io.dsstudio.yaml.ManifestReader;
import io.dsstudio.yaml.ManifestRenderer;
import io.dsstudio.yaml.ReadResult;
import io.dsstudio.yaml.SnapshotLoader;
import io.dsstudio.yaml.SnapshotWriteBack;
import io.dsstudio.yaml.SourceFile;
import io.dsstudio.yaml.TextSpan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Works out the file changes that make the files a snapshot was read from hold the current snapshot (nothing is
 * written here): each object back into its own file and document with untouched text byte-identical
 * ({@link SnapshotWriteBack}); an applied DaemonSet's document replaced by the editor text that was applied (for an
 * item of a List or a JSON file, its {@code spec} set to the applied one); new
 * objects each into {@code <kind>-<namespace>-<name>.yaml} in {@code newObjectsDir}.
 */
public final class SnapshotSaver {
    private final ManifestReader reader = new ManifestReader();
    private final SnapshotWriteBack writeBack = new SnapshotWriteBack();
    private final ManifestEditor editor = new ManifestEditor();

    public List<FileChange> changes(LoadedSnapshot original, Snapshot current, AppliedDocuments applied,
                                    Map<String, Map<String, Object>> createdTrees, Path newObjectsDir) throws ManifestEditException {
        Map<ObjectRef, String> documents = new LinkedHashMap<>();
        for (DaemonSet ds : current.daemonSets()) {
            KubeObject source = original.source(ds.ref());
            if (source != null) {
                applied.textFor(ds).ifPresent(text -> documents.put(ds.ref(), text));
            }
        }
        Map<Path, String> substituted = new LinkedHashMap<>();
        LoadedSnapshot baseline = withDocuments(original, documents, substituted);
        List<FileChange> out = new ArrayList<>();
        Set<Path> changed = new HashSet<>();
        for (FileChange c : writeBack.changes(baseline, current, List.of(), newObjectsDir.resolve("unused.yaml"))) {
            String disk = diskText(original, c.path());
            out.add(new FileChange(c.path(), c.displayPath(), disk, c.newText()));
            changed.add(c.path());
        }
        substituted.forEach((path, text) -> {
            if (!changed.contains(path)) {
                out.add(new FileChange(path, displayPath(original, path), diskText(original, path), text));
            }
        });
        out.addAll(newObjects(original, current, applied, createdTrees, newObjectsDir));
        return out;
    }

    /** File name for a new object: {@code <kind>-<namespace>-<name>.yaml}, lower case kind. */
    public static String fileName(String kind, String namespace, String name) {
        return kind.toLowerCase(Locale.ROOT) + "-" + (namespace == null || namespace.isEmpty() ? "cluster" : namespace) + "-" + name + ".yaml";
    }

    private List<FileChange> newObjects(LoadedSnapshot original, Snapshot current, AppliedDocuments applied,
                                        Map<String, Map<String, Object>> createdTrees, Path dir) {
        List<FileChange> out = new ArrayList<>();
        ManifestRenderer renderer = new ManifestRenderer();
        for (DaemonSet ds : current.daemonSets()) {
            if (original.source(ds.ref()) == null) {
                String text = applied.textFor(ds).orElseGet(() -> null);
                if (text != null) {
                    Path file = dir.resolve(fileName(DaemonSet.KIND, ds.meta().namespace(), ds.meta().name()));
                    out.add(new FileChange(file, file.toString(), null, text));
                }
            }
        }
        for (Pod pod : current.pods()) {
            if (original.source(pod.ref()) != null) {
                continue;
            }
            Map<String, Object> tree = createdTrees.get(pod.meta().namespace() + "/" + pod.meta().name());
            if (tree != null) {
                Path file = dir.resolve(fileName("Pod", pod.meta().namespace(), pod.meta().name()));
                out.add(new FileChange(file, file.toString(), null, renderer.render(tree)));
            }
        }
        return out;
    }

    /** Whether the object is a whole YAML document (its text can be replaced); else (a List item, JSON) its spec is set. */
    private static boolean ownDocument(KubeObject o) {
        return o.itemIndex() < 0 && !o.file().displayPath().endsWith(".json");
    }

    /** The applied text's spec set into a List item or JSON object (their layout is not the editor's). */
    private String withSpecs(SourceFile file, String text, List<KubeObject> objects, Map<ObjectRef, String> documents)
            throws ManifestEditException {
        SourceFile now = new SourceFile(file.displayPath(), file.path(), text);
        List<ManifestEditor.ObjectEdit> edits = new ArrayList<>();
        for (KubeObject o : reader.readText(file.displayPath(), text).objects()) {
            if (objects.stream().anyMatch(x -> x.ref().equals(o.ref()))) {
                KubeObject applied = new SnapshotLoader().loadText("applied.yaml", documents.get(o.ref())).source(o.ref());
                Object spec = applied == null ? null : applied.root().toPlain().get("spec");
                if (spec != null) {
                    KubeObject placed = new KubeObject(now, o.documentIndex(), o.itemIndex(), o.root(), o.apiVersion(), o.kind(), o.namespace(), o.name());
                    edits.add(new ManifestEditor.ObjectEdit(placed, ManifestEdit.set("spec", spec)));
                }
            }
        }
        return edits.isEmpty() ? text : editor.apply(now, edits);
    }

    /** The loaded snapshot as if the given documents had been in its files. */
    private LoadedSnapshot withDocuments(LoadedSnapshot original, Map<ObjectRef, String> documents, Map<Path, String> substituted)
            throws ManifestEditException {
        if (documents.isEmpty()) {
            return original;
        }
        Map<SourceFile, List<KubeObject>> byFile = new LinkedHashMap<>();
        for (Map.Entry<ObjectRef, String> e : documents.entrySet()) {
            KubeObject o = original.source(e.getKey());
            byFile.computeIfAbsent(o.file(), f -> new ArrayList<>()).add(o);
        }
        List<KubeObject> objects = new ArrayList<>();
        for (SourceFile file : original.read().files()) {
            List<KubeObject> replaced = byFile.get(file);
            if (replaced == null) {
                original.read().objects().stream().filter(o -> o.file() == file).forEach(objects::add);
                continue;
            }
            String text = file.text();
            replaced.replaceAll(KubeObject::attached); // sorted and cut by their trees' positions
            replaced.sort(Comparator.comparingInt((KubeObject o) -> o.root().span().start()).reversed());
            for (KubeObject o : replaced) {
                if (ownDocument(o)) {
                    int[] range = documentRange(text, o.root().span());
                    text = text.substring(0, range[0]) + documents.get(o.ref()) + text.substring(range[1]);
                }
            }
            List<KubeObject> items = replaced.stream().filter(o -> !ownDocument(o)).toList();
            if (!items.isEmpty()) {
                text = withSpecs(file, text, items, documents);
            }
            substituted.put(file.path(), text);
            SourceFile now = new SourceFile(file.displayPath(), file.path(), text);
            for (KubeObject o : reader.readText(file.displayPath(), text).objects()) {
                objects.add(new KubeObject(now, o.documentIndex(), o.itemIndex(), o.root(), o.apiVersion(), o.kind(), o.namespace(), o.name()));
            }
        }
        List<SourceFile> files = original.read().files().stream()
                .map(f -> substituted.containsKey(f.path()) ? new SourceFile(f.displayPath(), f.path(), substituted.get(f.path())) : f).toList();
        return SnapshotLoader.map(new ReadResult(files, objects, List.of()));
    }

    /** From the start of the line of the document's first key to the end of its last line (newline included). */
    public static int[] documentRange(String text, TextSpan span) {
        int start = text.lastIndexOf('\n', Math.max(0, span.start() - 1)) + 1;
        if (span.start() == 0) {
            start = 0;
        }
        int end = text.indexOf('\n', Math.max(span.start(), span.end() - 1));
        return new int[] {start, end < 0 ? text.length() : end + 1};
    }

    private static String diskText(LoadedSnapshot original, Path path) {
        return original.read().files().stream().filter(f -> f.path().equals(path)).map(SourceFile::text).findFirst().orElse(null);
    }

    private static String displayPath(LoadedSnapshot original, Path path) {
        return original.read().files().stream().filter(f -> f.path().equals(path)).map(SourceFile::displayPath).findFirst()
                .orElse(path.toString());
    }
}
