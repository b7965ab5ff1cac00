package io.dsstudio.yaml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

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

    /** Where an edited object stands: the start of its document, which edits inside it never move. */
    private static final class Target {
        final KubeObject original;
        int chunkStart;
        final int rootOrdinal;
        Map<String, Object> expected;

        Target(KubeObject original, int chunkStart, int rootOrdinal) {
            this.original = original;
            this.chunkStart = chunkStart;
            this.rootOrdinal = rootOrdinal;
            this.expected = original.root().toPlain();
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
        String text = file.text();
        boolean json = isJson(file);
        Map<List<Integer>, Target> targets = new HashMap<>();
        for (ObjectEdit edit : edits) {
            KubeObject object = edit.object();
            if (!object.file().text().equals(text)) {
                throw new ManifestEditException(object.ref() + " was not read from the current text of " + file.displayPath());
            }
            List<Integer> key = List.of(object.documentIndex(), object.itemIndex());
            if (!targets.containsKey(key)) {
                targets.put(key, target(text, json, object));
            }
        }
        for (ObjectEdit edit : edits) {
            Target target = targets.get(List.of(edit.object().documentIndex(), edit.object().itemIndex()));
            KubeObject current = locate(file, text, json, target);
            Map<String, Object> expected = PlainEdits.apply(target.expected, edit.edit());
            EditSplicer.Splice splice = new EditSplicer(text, json).splice(current, edit.edit());
            int chunkEnd = target.chunkStart + chunkText(text, json, target.chunkStart).length();
            if (splice.start() < target.chunkStart || splice.end() > chunkEnd) {
                throw new ManifestEditException(describe(edit) + " would change text outside its document");
            }
            text = splice.applyTo(text);
            int delta = splice.replacement().length() - (splice.end() - splice.start());
            for (Target other : targets.values()) {
                if (other.chunkStart > splice.start()) {
                    other.chunkStart += delta;
                }
            }
            KubeObject after;
            try {
                after = locate(file, text, json, target);
            } catch (ManifestEditException e) {
                throw new ManifestEditException(describe(edit) + " produced text that cannot be read: " + e.getMessage());
            }
            if (!after.root().toPlain().equals(expected)) {
                throw new ManifestEditException(describe(edit) + " did not read back as intended; nothing was written");
            }
            target.expected = expected;
        }
        verifyWholeFile(file, text, targets);
        return text;
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
        ReadResult before = reader.readText(file.displayPath(), text);
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

    private Target target(String text, boolean json, KubeObject object) throws ManifestEditException {
        int at = object.root().span().start();
        int chunkStart = 0;
        if (!json) {
            for (DocumentSplitter.Chunk chunk : DocumentSplitter.split(text)) {
                if (chunk.offset() <= at && at <= chunk.end()) {
                    chunkStart = chunk.offset();
                    if (at < chunk.end()) {
                        break;
                    }
                }
            }
        }
        List<YNode> roots = parseChunk(text, json, chunkStart);
        for (int i = 0; i < roots.size(); i++) {
            TextSpan span = roots.get(i).span();
            if (span.start() <= at && at <= span.end()) {
                return new Target(object, chunkStart, i);
            }
        }
        throw new ManifestEditException("cannot find " + object.ref() + " in " + object.file().displayPath());
    }

    private KubeObject locate(SourceFile file, String text, boolean json, Target target) throws ManifestEditException {
        List<YNode> roots = parseChunk(text, json, target.chunkStart);
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
        SourceFile current = new SourceFile(file.displayPath(), file.path(), text);
        return new KubeObject(current, o.documentIndex(), o.itemIndex(), map, o.apiVersion(), o.kind(), o.namespace(), o.name());
    }

    private List<YNode> parseChunk(String text, boolean json, int chunkStart) throws ManifestEditException {
        String chunk = chunkText(text, json, chunkStart);
        try {
            return parser.parse(new DocumentText(chunk, chunkStart, 1, !json), json);
        } catch (SyntaxProblem problem) {
            throw new ManifestEditException(problem.getMessage());
        }
    }

    private static String chunkText(String text, boolean json, int chunkStart) {
        return json ? text : DocumentSplitter.chunkAt(text, chunkStart).text();
    }

    /** The whole edited file must read back with the same objects, no new problems, and the intended trees. */
    private void verifyWholeFile(SourceFile file, String text, Map<List<Integer>, Target> targets) throws ManifestEditException {
        ReadResult before = reader.readText(file.displayPath(), file.text());
        ReadResult after = reader.readText(file.displayPath(), text);
        if (after.objects().size() != before.objects().size() || after.diagnostics().size() != before.diagnostics().size()) {
            throw new ManifestEditException("the edited file " + file.displayPath()
                    + " does not read back with the same objects; nothing was written");
        }
        for (Map.Entry<List<Integer>, Target> e : targets.entrySet()) {
            KubeObject edited = after.objects().stream()
                    .filter(o -> o.documentIndex() == e.getKey().get(0) && o.itemIndex() == e.getKey().get(1))
                    .findFirst().orElse(null);
            if (edited == null || !edited.root().toPlain().equals(e.getValue().expected)) {
                throw new ManifestEditException("the edited file " + file.displayPath() + " does not read back "
                        + e.getValue().original.ref() + " as intended; nothing was written");
            }
        }
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
