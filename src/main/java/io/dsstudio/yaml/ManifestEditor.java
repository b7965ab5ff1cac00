package io.dsstudio.yaml;

import io.dsstudio.domain.Diagnostic;
import io.dsstudio.domain.ObjectRef;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Edits Kubernetes documents in place: each edit is spliced into the file's text at the positions the reader
 * recorded, so everything else (comments, key order, quoting, indentation, CRLF line endings, other documents)
 * stays byte-identical. Edits are applied one after another; after each, the edited document is read again
 * and must equal the object with the edit applied, and at the end the whole file must read back with the same
 * objects and no new problems. Otherwise a {@link ManifestEditException} is thrown and nothing is returned.
 */
public final class ManifestEditor {
    /** One edit of one object of a file. */
    public record ObjectEdit(KubeObject object, ManifestEdit edit) {
        public ObjectEdit {
            Objects.requireNonNull(object, "object");
            Objects.requireNonNull(edit, "edit");
        }
    }

    /** A document of the file being edited: its place in the original text and its text now. */
    private static final class Window {
        final DocumentSplitter.Chunk chunk;
        String text;

        Window(DocumentSplitter.Chunk chunk) {
            this.chunk = chunk;
            this.text = chunk.text();
        }
    }

    /** An edited object: its document, which root of it holds the object, and what its tree must read as. */
    private static final class Target {
        final KubeObject original;
        final Window window;
        final int rootOrdinal;
        Map<String, Object> expected;

        Target(KubeObject original, Window window, int rootOrdinal) {
            this.original = original;
            this.window = window;
            this.rootOrdinal = rootOrdinal;
            this.expected = original.root().toPlain();
        }
    }

    /**
     * The edited text, with the object and problem counts of the file before and the file read after.
     *
     * @param charactersBuilt characters of text built on the way (every splice's new document text, then the file)
     */
    record Edited(String text, int objectsBefore, int diagnosticsBefore, long errorsBefore, ReadResult after,
                  long charactersBuilt) {
        /** The same without the read of the new text, which a large file's caller lets go of once used. */
        Edited withoutRead() {
            return new Edited(text, objectsBefore, diagnosticsBefore, errorsBefore, null, charactersBuilt);
        }
    }

    private final ManifestReader reader;
    private final DocumentParser parser;

    public ManifestEditor() {
        this(ReadLimits.DEFAULT);
    }

    public ManifestEditor(ReadLimits limits) {
        this.reader = new ManifestReader(limits);
        this.parser = new DocumentParser(limits);
    }

    /** The file's new text after the edits of one object. */
    public String apply(KubeObject object, List<ManifestEdit> edits) throws ManifestEditException {
        List<ObjectEdit> all = new ArrayList<>();
        for (ManifestEdit edit : edits) {
            all.add(new ObjectEdit(object, edit));
        }
        return apply(object.file(), all);
    }

    /** The file's new text after the edits, applied in order; the objects must have been read from this file's text. */
    public String apply(SourceFile file, List<ObjectEdit> edits) throws ManifestEditException {
        return edit(file, edits).text();
    }

    /**
     * {@link #apply(SourceFile, List)}, keeping what its checks read. Each document is edited on its own text
     * (an edit never reaches outside its document), and the file is put together once at the end, so the work
     * grows with the file plus the edited documents, not with the file times the edits.
     */
    Edited edit(SourceFile file, List<ObjectEdit> edits) throws ManifestEditException {
        DocumentEdits documents = editDocuments(file, edits);
        String edited = assemble(file.text(), documents.windows.values());
        return verifyWholeFile(file, edited, documents.targets, documents.charactersBuilt + edited.length());
    }

    /**
     * The edited documents of a file, each edited on its own text and checked to read back as intended, not yet
     * put together into the file's new text.
     */
    static final class DocumentEdits {
        private final List<DocumentSplitter.Chunk> chunks;
        private final Map<Integer, Window> windows;
        private final Map<List<Integer>, Target> targets;
        private final long charactersBuilt;

        private DocumentEdits(List<DocumentSplitter.Chunk> chunks, Map<Integer, Window> windows,
                              Map<List<Integer>, Target> targets, long charactersBuilt) {
            this.chunks = chunks;
            this.windows = windows;
            this.targets = targets;
            this.charactersBuilt = charactersBuilt;
        }

        /** The file's documents (one chunk for a JSON file). */
        List<DocumentSplitter.Chunk> chunks() {
            return chunks;
        }

        /** Each edited document's window of the original text and its new text. */
        List<ObjectRemover.Range> replacements() {
            List<ObjectRemover.Range> out = new ArrayList<>();
            windows.values().forEach(w -> out.add(new ObjectRemover.Range(w.chunk.offset(), w.chunk.end(), w.text)));
            return out;
        }

        /** What each edited object's tree must read as. */
        Map<ObjectRef, Map<String, Object>> expected() {
            Map<ObjectRef, Map<String, Object>> out = new HashMap<>();
            targets.values().forEach(t -> out.put(t.original.ref(), t.expected));
            return out;
        }

        long charactersBuilt() {
            return charactersBuilt;
        }
    }

    /** Edits each document on its own text, in the order given; see {@link DocumentEdits}. */
    DocumentEdits editDocuments(SourceFile file, List<ObjectEdit> edits) throws ManifestEditException {
        String text = file.text();
        boolean json = isJson(file);
        String newline = LineEndings.of(text);
        List<DocumentSplitter.Chunk> chunks = json ? List.of(new DocumentSplitter.Chunk(text, 0, text.length(), 1))
                : DocumentSplitter.split(text);
        Map<Integer, Window> windows = new TreeMap<>();
        Map<List<Integer>, Target> targets = new HashMap<>();
        for (ObjectEdit edit : edits) {
            KubeObject object = edit.object();
            if (!object.file().text().equals(text)) {
                throw new ManifestEditException(object.ref() + " was not read from the current text of " + file.displayPath());
            }
            List<Integer> key = List.of(object.documentIndex(), object.itemIndex());
            if (!targets.containsKey(key)) {
                targets.put(key, target(chunks, windows, json, object));
            }
        }
        long charactersBuilt = 0;
        for (ObjectEdit edit : edits) {
            Target target = targets.get(List.of(edit.object().documentIndex(), edit.object().itemIndex()));
            Window window = target.window;
            KubeObject current = locate(file, window.text, json, target);
            Map<String, Object> expected = PlainEdits.apply(target.expected, edit.edit());
            EditSplicer.Splice splice = new EditSplicer(window.text, json, newline).splice(current, edit.edit());
            window.text = splice.applyTo(window.text);
            charactersBuilt += window.text.length();
            if (!json && DocumentSplitter.split(window.text).size() != 1) {
                throw new ManifestEditException(describe(edit) + " would change text outside its document");
            }
            KubeObject after;
            try {
                after = locate(file, window.text, json, target);
            } catch (ManifestEditException e) {
                throw new ManifestEditException(describe(edit) + " produced text that cannot be read: " + e.getMessage());
            }
            if (!after.root().toPlain().equals(expected)) {
                throw new ManifestEditException(describe(edit) + " did not read back as intended; nothing was written");
            }
            target.expected = expected;
        }
        return new DocumentEdits(chunks, windows, targets, charactersBuilt);
    }

    /** The original text with each edited document's window replaced by its new text, in one pass. */
    private static String assemble(String text, Iterable<Window> windows) {
        long length = text.length();
        for (Window w : windows) {
            length += w.text.length() - w.chunk.length();
        }
        StringBuilder out = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 8, length));
        int at = 0;
        for (Window w : windows) {
            out.append(text, at, w.chunk.offset()).append(w.text);
            at = w.chunk.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    /** The file's text with a new object appended as its own document ({@code ---} separated; JSON as a stream). */
    public String addObject(SourceFile file, Map<String, ?> object) throws ManifestEditException {
        String text = file.text();
        String newline = LineEndings.of(text);
        boolean json = isJson(file);
        ManifestRenderer renderer = new ManifestRenderer(newline);
        String separator = text.isEmpty() || text.endsWith("\n") ? "" : newline;
        String added;
        if (json) {
            added = text + separator + renderer.renderJson(object);
        } else if (text.isBlank()) {
            added = renderer.render(object);
        } else {
            added = text + separator + "---" + newline + renderer.render(object);
        }
        ReadResult before = reader.readTextDetached(file.displayPath(), text);
        ReadResult after = reader.readText(file.displayPath(), added);
        boolean readBack = after.objects().size() == before.objects().size() + 1
                && after.diagnostics().stream().filter(d -> !"EmptyFile".equals(d.code())).count()
                == before.diagnostics().stream().filter(d -> !"EmptyFile".equals(d.code())).count()
                && after.objects().get(after.objects().size() - 1).root().toPlain().equals(PlainEdits.normalise(object));
        if (!readBack) {
            throw new ManifestEditException("the new object did not read back as written; nothing was written");
        }
        return added;
    }

    private Target target(List<DocumentSplitter.Chunk> chunks, Map<Integer, Window> windows, boolean json, KubeObject object)
            throws ManifestEditException {
        int at = object.root().span().start();
        int index = chunkHolding(chunks, at);
        Window window = windows.computeIfAbsent(index, i -> new Window(chunks.get(i)));
        int local = at - window.chunk.offset();
        List<YNode> roots = parse(window.text, json);
        for (int i = 0; i < roots.size(); i++) {
            TextSpan span = roots.get(i).span();
            if (span.start() <= local && local <= span.end()) {
                return new Target(object, window, i);
            }
        }
        throw new ManifestEditException("cannot find " + object.ref() + " in " + object.file().displayPath());
    }

    /** The last document that starts at or before {@code at} (documents are in file order). */
    static int chunkHolding(List<DocumentSplitter.Chunk> chunks, int at) {
        return lastStartingBy(chunks, DocumentSplitter.Chunk::offset, at);
    }

    /** The last document whose start ({@code start}: its offset or its 1-based line) is at or before {@code at}. */
    static int lastStartingBy(List<DocumentSplitter.Chunk> chunks, java.util.function.ToIntFunction<DocumentSplitter.Chunk> start, int at) {
        int low = 0;
        int high = chunks.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (start.applyAsInt(chunks.get(mid)) <= at) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    /** The object in its document's current text (positions relative to the document). */
    private KubeObject locate(SourceFile file, String windowText, boolean json, Target target) throws ManifestEditException {
        List<YNode> roots = parse(windowText, json);
        KubeObject o = target.original;
        if (target.rootOrdinal >= roots.size()) {
            throw new ManifestEditException(o.ref() + " is no longer in its document");
        }
        YNode root = roots.get(target.rootOrdinal);
        if (o.itemIndex() >= 0) {
            root = root instanceof YMap list && list.get("items") instanceof YSeq items && o.itemIndex() < items.items().size()
                    ? items.items().get(o.itemIndex()) : null;
        }
        if (!(root instanceof YMap map)) {
            throw new ManifestEditException(o.ref() + " is no longer a mapping");
        }
        SourceFile current = new SourceFile(file.displayPath(), file.path(), windowText);
        return new KubeObject(current, o.documentIndex(), o.itemIndex(), map, o.apiVersion(), o.kind(), o.namespace(), o.name());
    }

    private List<YNode> parse(String documentText, boolean json) throws ManifestEditException {
        try {
            return parser.parse(new DocumentText(documentText, 0, 1, !json), json);
        } catch (SyntaxProblem problem) {
            throw new ManifestEditException(problem.getMessage());
        }
    }

    /** The whole edited file must read back with the same objects, no new problems, and the intended trees. */
    private Edited verifyWholeFile(SourceFile file, String text, Map<List<Integer>, Target> targets, long charactersBuilt)
            throws ManifestEditException {
        ReadResult before = reader.readTextDetached(file.displayPath(), file.text());
        int objectsBefore = before.objects().size();
        int diagnosticsBefore = before.diagnostics().size();
        long errorsBefore = before.diagnostics().stream().filter(Diagnostic::isError).count();
        before = null; // a large file's read is let go of before the next one
        ReadResult after = reader.readTextDetached(file.displayPath(), text);
        if (after.objects().size() != objectsBefore || after.diagnostics().size() != diagnosticsBefore) {
            throw new ManifestEditException("the edited file " + file.displayPath()
                    + " does not read back with the same objects; nothing was written");
        }
        Map<List<Integer>, KubeObject> read = new HashMap<>();
        for (KubeObject o : after.objects()) {
            if (targets.containsKey(List.of(o.documentIndex(), o.itemIndex()))) {
                read.putIfAbsent(List.of(o.documentIndex(), o.itemIndex()), o);
            }
        }
        for (Map.Entry<List<Integer>, Target> e : targets.entrySet()) {
            KubeObject edited = read.get(e.getKey());
            if (edited == null || !edited.root().toPlain().equals(e.getValue().expected)) {
                throw new ManifestEditException("the edited file " + file.displayPath() + " does not read back "
                        + e.getValue().original.ref() + " as intended; nothing was written");
            }
        }
        return new Edited(text, objectsBefore, diagnosticsBefore, errorsBefore, after, charactersBuilt);
    }

    private static boolean isJson(SourceFile file) {
        return ManifestReader.looksLikeJson(file, file.text());
    }

    private static String describe(ObjectEdit edit) {
        String what = edit.edit() instanceof ManifestEdit.Set ? "setting " : edit.edit() instanceof ManifestEdit.Remove
                ? "removing " : "appending to ";
        return what + edit.edit().path() + " of " + edit.object().ref();
    }
}
