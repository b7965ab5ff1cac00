package io.dsstudio.yaml;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Diagnostic;
import io.dsstudio.domain.ObjectRef;
import io.dsstudio.domain.Pod;
import io.dsstudio.domain.Snapshot;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Works out how the files a snapshot was read from must change to hold a new state of it: each object back into
 * its own file and document, edited field by field (untouched text stays byte-identical), removed objects cut
 * out, new objects appended to one file. Every changed file is read back and checked before it is returned.
 */
public final class SnapshotWriteBack {
    private final ManifestEditor editor = new ManifestEditor();
    private final ManifestReader reader = new ManifestReader();
    private final ObjectRemover remover = new ObjectRemover();
    private final SpliceCheck spliceCheck = new SpliceCheck(reader);
    /** How many times a whole new text was read back to check it (tests count them). */
    private int wholeTextsRead;

    /**
     * @param newObjects     objects that did not exist in the input (e.g. created pods), rendered as they are written
     * @param newObjectsFile where they go: one of the input files, or a new file
     */
    public List<FileChange> changes(LoadedSnapshot original, Snapshot result, List<? extends NewObject> newObjects,
                                    Path newObjectsFile) throws ManifestEditException {
        return changes(original, result, newObjects, newObjectsFile, Map.of());
    }

    /**
     * The same, also writing {@code statuses}: per object, the status fields to set (null values are removed).
     */
    public List<FileChange> changes(LoadedSnapshot original, Snapshot result, List<? extends NewObject> newObjects,
                                    Path newObjectsFile, Map<ObjectRef, Map<String, Object>> statuses)
            throws ManifestEditException {
        Index before = new Index(original.snapshot());
        Index after = new Index(result);
        Map<SourceFile, List<KubeObject>> byFile = new LinkedHashMap<>();
        for (SourceFile f : original.read().files()) {
            byFile.put(f, new ArrayList<>());
        }
        for (KubeObject o : original.read().objects()) {
            byFile.computeIfAbsent(o.file(), f -> new ArrayList<>()).add(o);
        }
        List<FileChange> out = new ArrayList<>();
        boolean newObjectsPlaced = newObjects.isEmpty();
        for (Map.Entry<SourceFile, List<KubeObject>> e : byFile.entrySet()) {
            SourceFile file = e.getKey();
            boolean takesNew = !newObjects.isEmpty() && samePath(file.path(), newObjectsFile);
            FileChange change = rewrite(file, e.getValue(), original, before, after, takesNew ? newObjects : List.of(), statuses);
            newObjectsPlaced |= takesNew;
            if (change != null) {
                out.add(change);
            }
        }
        if (!newObjectsPlaced) {
            // a file of its own: rendered object by object while it is written, never held whole
            out.add(FileChange.streamed(newObjectsFile, newObjectsFile.toString(), null, writer -> writeObjects(newObjects, writer), true));
        }
        return out;
    }

    /** The file's change, or null when it stays as it is. */
    private FileChange rewrite(SourceFile file, List<KubeObject> objects, LoadedSnapshot original, Index before, Index after,
                           List<? extends NewObject> added, Map<ObjectRef, Map<String, Object>> statuses)
            throws ManifestEditException {
        List<ManifestEditor.ObjectEdit> edits = new ArrayList<>();
        Set<ObjectRef> removed = new HashSet<>();
        for (KubeObject o : objects) {
            if (original.source(o.ref()) != o) {
                continue;
            }
            Object was = before.get(o.ref());
            Object now = after.get(o.ref());
            if (was == null) {
                continue;
            }
            if (now == null) {
                removed.add(o.ref());
                continue;
            }
            // an unchanged object's document is not read again (only a few of a large file's objects change)
            List<ManifestEdit> changed = editsFor(o, was, now);
            Map<String, Object> status = statuses.get(o.ref());
            if (changed.isEmpty() && status == null) {
                continue;
            }
            KubeObject held = o.attached(); // its tree is read for every edit below
            for (ManifestEdit edit : changed) {
                edits.add(new ManifestEditor.ObjectEdit(held, edit));
            }
            if (status != null) {
                for (ManifestEdit edit : ObjectEdits.status(held, status)) {
                    edits.add(new ManifestEditor.ObjectEdit(held, edit));
                }
            }
        }
        OnePass onePass = removed.isEmpty() ? null : editAndRemoveInOnePass(file, objects, edits, removed);
        ManifestEditor.Edited edited = null;
        Map<ObjectRef, Map<String, Object>> expected = Map.of();
        String text;
        if (onePass != null) {
            expected = onePass.expected();
            if (added.isEmpty() && objects.size() > onePass.doomed().size() && spliceCheck.holds(file, onePass.chunks(),
                    onePass.removals(), onePass.replacements(), objects, onePass.doomed(), expected)) {
                // shown to read as intended without being made: written piece by piece, never held whole
                return FileChange.streamed(file.path(), file.displayPath(), file.text(),
                        writer -> writeSpliced(file.text(), onePass.ranges(), writer), endsWithNewline(file.text(), onePass.ranges()));
            }
            text = ObjectRemover.splice(file.text(), onePass.ranges());
        } else {
            edited = edits.isEmpty() ? null : editor.edit(file, edits);
            text = edited == null ? file.text() : edited.text();
            if (!removed.isEmpty()) {
                SourceFile current = new SourceFile(file.displayPath(), file.path(), text);
                // the objects as they stand in the current text: the file's own when nothing was edited (each reads
                // its document again only if the remover asks for its tree)
                List<KubeObject> all = edited == null ? objects : edited.after().objects();
                edited = edited == null ? null : edited.withoutRead();
                text = remover.remove(current, text, all, doomed(all, removed));
            }
        }
        if (!added.isEmpty()) {
            text = appendObjects(file.displayPath(), text, added);
        }
        if (text.equals(file.text())) {
            return null;
        }
        verify(file, text, objects.size() - removed.size() + added.size(), edited, expected);
        return new FileChange(file.path(), file.displayPath(), file.text(), text.isBlank() ? null : text);
    }

    /** The text with the (sorted, disjoint) ranges replaced, written piece by piece. */
    private static void writeSpliced(String text, List<ObjectRemover.Range> ranges, Writer writer) throws IOException {
        int at = 0;
        for (ObjectRemover.Range r : ranges) {
            writer.write(text, at, r.start() - at);
            writer.write(r.replacement());
            at = r.end();
        }
        writer.write(text, at, text.length() - at);
    }

    /** Whether the text with the (sorted, disjoint) ranges replaced ends with a line break (true when empty). */
    private static boolean endsWithNewline(String text, List<ObjectRemover.Range> ranges) {
        int end = text.length();
        for (int i = ranges.size() - 1; i >= 0; i--) {
            ObjectRemover.Range r = ranges.get(i);
            if (end > r.end()) {
                return text.charAt(end - 1) == '\n';
            }
            if (!r.replacement().isEmpty()) {
                return r.replacement().endsWith("\n");
            }
            end = r.start();
        }
        return end == 0 || text.charAt(end - 1) == '\n';
    }

    /**
     * A file's new text made in one pass, what its edited objects' trees must read as, and how it was made (for
     * {@link SpliceCheck}): the original's documents, the ranges that cut documents and those that replace edited ones.
     */
    private record OnePass(List<ObjectRemover.Range> ranges, Map<ObjectRef, Map<String, Object>> expected,
                           List<DocumentSplitter.Chunk> chunks, List<ObjectRemover.Range> removals,
                           List<ObjectRemover.Range> replacements, Set<KubeObject> doomed) {
    }

    /**
     * Edits and removals of a multi-document YAML file in one pass over its original text: each edited document is
     * edited on its own, and the new text is put together once from the original, the edited documents and the
     * cuts. Null when that does not apply (JSON, items of a List): then edits and removals are made one after the
     * other. Keeps a large file's text from being built (and read) once more in between.
     */
    private OnePass editAndRemoveInOnePass(SourceFile file, List<KubeObject> objects, List<ManifestEditor.ObjectEdit> edits,
                                          Set<ObjectRef> removed) throws ManifestEditException {
        if (ManifestReader.looksLikeJson(file, file.text())) {
            return null;
        }
        ManifestEditor.DocumentEdits documents = edits.isEmpty() ? null : editor.editDocuments(file, edits);
        List<DocumentSplitter.Chunk> chunks = documents != null ? documents.chunks() : DocumentSplitter.split(file.text());
        Set<KubeObject> doomed = doomed(objects, removed);
        List<ObjectRemover.Range> removals = remover.documentRanges(file.text(), chunks, doomed);
        if (removals == null) {
            return null;
        }
        List<ObjectRemover.Range> replacements = documents == null ? List.of() : documents.replacements();
        List<ObjectRemover.Range> ranges = new ArrayList<>(removals);
        ranges.addAll(replacements);
        List<ObjectRemover.Range> sorted = ObjectRemover.sortedDisjoint(ranges);
        return sorted == null ? null : new OnePass(sorted, documents == null ? Map.of() : documents.expected(), chunks,
                removals, replacements, doomed);
    }

    private static Set<KubeObject> doomed(List<KubeObject> all, Set<ObjectRef> removed) {
        Set<KubeObject> doomed = new HashSet<>();
        for (KubeObject o : all) {
            if (removed.contains(o.ref())) {
                doomed.add(o);
            }
        }
        return doomed;
    }

    private static List<ManifestEdit> editsFor(KubeObject o, Object was, Object now) {
        if (was instanceof ClusterNode b && now instanceof ClusterNode a) {
            return ObjectEdits.node(o, b, a);
        }
        if (was instanceof DaemonSet b && now instanceof DaemonSet a) {
            return ObjectEdits.daemonSet(o, b, a);
        }
        if (was instanceof Pod b && now instanceof Pod a) {
            return ObjectEdits.pod(o, b, a);
        }
        return List.of();
    }

    /** New documents at the end, in the file's line ending; JSON files get a JSON stream. */
    private static String appendObjects(String displayPath, String text, List<? extends NewObject> objects) {
        String newline = LineEndings.of(text);
        ManifestRenderer renderer = new ManifestRenderer(newline);
        boolean json = ManifestReader.isJsonText(text);
        StringBuilder out = new StringBuilder(text);
        if (!text.isEmpty() && !text.endsWith("\n")) {
            out.append(newline);
        }
        for (NewObject object : objects) {
            if (json) {
                out.append(renderer.renderJson(object.tree()));
            } else {
                if (out.length() > 0) {
                    out.append("---").append(newline);
                }
                object.appendYaml(newline, out);
            }
        }
        return out.toString();
    }

    /** How many times a file's whole new text was read back to check it, rather than only its changed documents. */
    int wholeTextsRead() {
        return wholeTextsRead;
    }

    /** New objects as a file of their own, as {@link #appendObjects} appends them to an empty text. */
    private static void writeObjects(List<? extends NewObject> objects, Writer writer) throws IOException {
        StringBuilder document = new StringBuilder();
        for (int i = 0; i < objects.size(); i++) {
            document.setLength(0);
            if (i > 0) {
                document.append("---\n");
            }
            objects.get(i).appendYaml("\n", document);
            writer.append(document);
        }
    }

    /**
     * The new text must read without errors and hold the expected number of objects.
     *
     * @param edited the edits' checks, which already read the file as it was (or null)
     */
    private void verify(SourceFile file, String text, int expectedObjects, ManifestEditor.Edited edited,
                        Map<ObjectRef, Map<String, Object>> expectedTrees) throws ManifestEditException {
        if (text.isBlank()) {
            if (expectedObjects != 0) {
                throw new ManifestEditException("writing " + file.displayPath() + " would lose objects; nothing was written");
            }
            return;
        }
        long errorsBefore = edited != null ? edited.errorsBefore()
                : reader.readTextDetached(file.displayPath(), file.text()).diagnostics().stream().filter(Diagnostic::isError).count();
        wholeTextsRead++;
        ReadResult after = reader.readTextDetached(file.displayPath(), text);
        long errorsAfter = after.diagnostics().stream().filter(Diagnostic::isError).count();
        if (after.objects().size() != expectedObjects || errorsAfter > errorsBefore) {
            throw new ManifestEditException("the new text of " + file.displayPath() + " does not read back as intended ("
                    + after.objects().size() + " objects instead of " + expectedObjects + "); nothing was written");
        }
        Set<ObjectRef> readBack = new HashSet<>();
        for (KubeObject o : after.objects()) {
            Map<String, Object> tree = expectedTrees.get(o.ref());
            if (tree != null && o.root().toPlain().equals(tree)) {
                readBack.add(o.ref());
            }
        }
        if (readBack.size() != expectedTrees.size()) {
            throw new ManifestEditException("the new text of " + file.displayPath() + " does not read back the edited "
                    + "objects as intended; nothing was written");
        }
    }

    private static boolean samePath(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /** The modelled objects of a snapshot by reference. */
    private static final class Index {
        private final Map<ObjectRef, Object> objects = new HashMap<>();

        Index(Snapshot s) {
            s.nodes().forEach(n -> objects.put(n.ref(), n));
            s.daemonSets().forEach(d -> objects.put(d.ref(), d));
            s.pods().forEach(p -> objects.put(p.ref(), p));
            s.revisions().forEach(r -> objects.put(r.ref(), r));
        }

        Object get(ObjectRef ref) {
            return objects.get(ref);
        }
    }
}
