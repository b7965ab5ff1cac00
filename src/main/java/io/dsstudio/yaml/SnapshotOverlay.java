package io.dsstudio.yaml;

import io.dsstudio.domain.Diagnostic;
import io.dsstudio.domain.ObjectRef;

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
        return overlay(base, overlay, null);
    }

    /**
     * As {@link #overlay(LoadedSnapshot, LoadedSnapshot)}, but with the overlay's objects that replace nothing moved
     * into the base ({@code apply --in-place --base}: the base snapshot is what gets written, the overlay files are the
     * user's change and stay as they are): with {@code into} a folder, each overlay file's remaining documents go to
     * the file of the same name in it (appended when the base has that file); with {@code into} a file, they are
     * appended to it. Null keeps them in the overlay files.
     */
    public Result overlay(LoadedSnapshot base, LoadedSnapshot overlay, java.nio.file.Path into) throws ManifestEditException {
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
            for (ManifestEdit edit : OverlayRules.replacement(held.kind(), plain(held), plain(o.attached()))) {
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
            String text = f.text();
            if (doomed != null) {
                List<KubeObject> all = overlay.read().objects().stream().filter(o -> o.file().equals(f)).toList();
                text = new ObjectRemover().remove(f, f.text(), all, doomed);
            }
            if (text.isBlank()) {
                continue;
            }
            if (into == null) {
                files.add(doomed == null ? f : new SourceFile(f.displayPath(), f.path(), text));
            } else {
                moveInto(files, into, f, text);
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

    /** Puts an overlay file's remaining documents into the base: the same-named file of folder {@code into}, or file {@code into}. */
    private static void moveInto(List<SourceFile> files, java.nio.file.Path into, SourceFile from, String text)
            throws ManifestEditException {
        java.nio.file.Path target = java.nio.file.Files.isDirectory(into) && from.path() != null
                ? into.resolve(from.path().getFileName()) : into;
        java.nio.file.Path key = target.toAbsolutePath().normalize();
        for (int i = 0; i < files.size(); i++) {
            SourceFile held = files.get(i);
            if (held.path() != null && held.path().toAbsolutePath().normalize().equals(key)) {
                if (held.displayPath().toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
                    throw new ManifestEditException("cannot add " + from.displayPath() + "'s objects to the JSON file "
                            + held.displayPath() + ": write the result with --out FILE|DIR");
                }
                String separator = held.text().endsWith("\n") ? "---\n" : "\n---\n";
                files.set(i, new SourceFile(held.displayPath(), held.path(), held.text() + separator + text));
                return;
            }
        }
        files.add(new SourceFile(target.toString(), target, text));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> plain(KubeObject object) {
        return (Map<String, Object>) object.root().toPlain();
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

}
