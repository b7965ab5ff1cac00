package io.dsstudio.yaml;

import io.dsstudio.domain.Diagnostic;
import io.dsstudio.domain.ObjectRef;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the new text of a multi-document file made in one pass (whole documents cut out, edited documents
 * replaced) at the cost of the change rather than of the file, without the new text being made. Documents are
 * split at separator lines and read each on its own, so when every cut and replacement starts and ends at a
 * line start, each cut takes one whole document with one separator line, and each replacement is one document,
 * the new text splits into exactly the documents intended (the original ones, byte for byte, less the removed
 * ones, with the edited ones in their places) and reads as the original did except in the edited documents;
 * only those are read again. It holds the text to what reading the whole of it would check: the objects expected
 * (the removed documents held only removed objects), no new errors, edited objects reading as intended.
 * When it cannot tell (a removal that keeps a first document's leading comments, say), the caller reads the
 * whole text instead.
 */
final class SpliceCheck {
    private final ManifestReader reader;

    SpliceCheck(ManifestReader reader) {
        this.reader = reader;
    }

    /**
     * @param chunks       the original text's documents
     * @param removals     ranges that each cut one document (with a separator line) out of the original text
     * @param replacements ranges that each replace one whole document with its edited text
     * @param objects      every object read from the original text
     * @param doomed       the objects the removals are meant to cut
     * @param expected     what each edited object must read as
     * @return true when the new text is shown to read as intended; false when the whole text must be read
     */
    boolean holds(SourceFile file, List<DocumentSplitter.Chunk> chunks, List<ObjectRemover.Range> removals,
                  List<ObjectRemover.Range> replacements, List<KubeObject> objects, Set<KubeObject> doomed,
                  Map<ObjectRef, Map<String, Object>> expected) {
        String text = file.text();
        boolean[] removed = new boolean[chunks.size()];
        Map<Integer, String> replaced = new HashMap<>();
        for (ObjectRemover.Range r : removals) {
            int k = cutDocument(chunks, r);
            if (k < 0 || removed[k]) {
                return false;
            }
            removed[k] = true;
        }
        for (ObjectRemover.Range r : replacements) {
            int k = indexOf(chunks, r.start(), true);
            if (k < 0 || chunks.get(k).end() != r.end() || removed[k] || replaced.put(k, r.replacement()) != null) {
                return false;
            }
        }
        List<ObjectRemover.Range> all = new ArrayList<>(removals);
        all.addAll(replacements);
        if (!linesKept(text, all) || !removedHoldOnlyDoomed(chunks, removed, objects, doomed)) {
            return false;
        }
        return editedReadBack(file, chunks, replaced, expected);
    }

    /**
     * The document a removal cuts: a document with the separator line before it, or the first document (without
     * leading comments) with the separator line after it; -1 for any other range.
     */
    private static int cutDocument(List<DocumentSplitter.Chunk> chunks, ObjectRemover.Range r) {
        int k = indexOf(chunks, r.end(), false);
        if (k > 0 && r.start() == chunks.get(k - 1).end()) {
            return k;
        }
        if (chunks.size() > 1 && r.start() == chunks.get(0).offset() && r.end() == chunks.get(1).offset()) {
            return 0;
        }
        return -1;
    }

    /**
     * The new text (the ranges replaced) is made of whole lines of the original and whole replacements: every piece
     * but the last ends with a line break, and each replacement is one document. Ranges start and end at document
     * boundaries, which are line starts, so the lines of the new text are the original's less the cut ones, with
     * the edited documents' lines in their places.
     */
    private static boolean linesKept(String text, List<ObjectRemover.Range> ranges) {
        List<ObjectRemover.Range> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingInt(ObjectRemover.Range::start));
        char last = '\n';
        int at = 0;
        for (ObjectRemover.Range r : sorted) {
            if (r.start() < at) {
                return false;
            }
            if (r.start() > at) {
                if (last != '\n') {
                    return false;
                }
                last = text.charAt(r.start() - 1);
            }
            String replacement = r.replacement();
            if (!replacement.isEmpty()) {
                if (last != '\n' || DocumentSplitter.split(replacement).size() != 1) {
                    return false;
                }
                last = replacement.charAt(replacement.length() - 1);
            }
            at = r.end();
        }
        return at == text.length() || last == '\n';
    }

    /** Every object of a removed document is one meant to go, and every one meant to go was in a removed document. */
    private static boolean removedHoldOnlyDoomed(List<DocumentSplitter.Chunk> chunks, boolean[] removed,
                                                 List<KubeObject> objects, Set<KubeObject> doomed) {
        int doomedSeen = 0;
        for (KubeObject o : objects) {
            int k = ObjectRemover.chunkOfLine(chunks, o.position().line());
            boolean meantToGo = doomed.contains(o);
            if (removed[k] != meantToGo) {
                return false;
            }
            doomedSeen += meantToGo ? 1 : 0;
        }
        return doomedSeen == doomed.size();
    }

    /** The document that starts (or ends) at {@code offset}, or -1: documents start and end in increasing order. */
    private static int indexOf(List<DocumentSplitter.Chunk> chunks, int offset, boolean start) {
        int low = 0;
        int high = chunks.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int at = start ? chunks.get(mid).offset() : chunks.get(mid).end();
            if (at == offset) {
                return mid;
            }
            if (at < offset) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return -1;
    }

    /** Each edited document holds as many objects as before, with no more errors, and the edited ones as intended. */
    private boolean editedReadBack(SourceFile file, List<DocumentSplitter.Chunk> chunks, Map<Integer, String> replaced,
                                   Map<ObjectRef, Map<String, Object>> expected) {
        Set<ObjectRef> asIntended = new HashSet<>();
        for (Map.Entry<Integer, String> e : replaced.entrySet()) {
            ReadResult before = reader.readTextDetached(file.displayPath(), chunks.get(e.getKey()).text());
            ReadResult after = reader.readText(file.displayPath(), e.getValue());
            if (after.objects().size() != before.objects().size() || errors(after) > errors(before)) {
                return false;
            }
            for (KubeObject o : after.objects()) {
                Map<String, Object> tree = expected.get(o.ref());
                if (tree != null && o.root().toPlain().equals(tree)) {
                    asIntended.add(o.ref());
                }
            }
        }
        return asIntended.size() == expected.size();
    }

    private static long errors(ReadResult read) {
        return read.diagnostics().stream().filter(Diagnostic::isError).count();
    }
}
