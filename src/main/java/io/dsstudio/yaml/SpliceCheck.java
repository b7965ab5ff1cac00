package io.dsstudio.yaml;

import io.dsstudio.domain.Diagnostic;
import io.dsstudio.domain.ObjectRef;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the new text of a multi-document file made in one pass (whole documents cut out, edited documents
 * replaced) at the cost of the change rather than of the file. Documents are read each on its own, so when the
 * new text splits into exactly the documents intended (the original ones, byte for byte, less the removed ones,
 * with the edited ones in their places), it reads as the original did except in the edited documents; only
 * those are read again. It holds the text to what reading the whole of it would check: the objects expected
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
                  List<ObjectRemover.Range> replacements, String newText, List<KubeObject> objects, Set<KubeObject> doomed,
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
        if (!sameDocuments(text, chunks, removed, replaced, newText) || !removedHoldOnlyDoomed(chunks, removed, objects, doomed)) {
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

    /** The new text's documents are the original's, less the removed ones, with the edited ones in their places. */
    private static boolean sameDocuments(String text, List<DocumentSplitter.Chunk> chunks, boolean[] removed,
                                         Map<Integer, String> replaced, String newText) {
        List<DocumentSplitter.Chunk> now = DocumentSplitter.split(newText);
        int n = 0;
        for (int k = 0; k < chunks.size(); k++) {
            if (removed[k]) {
                continue;
            }
            if (n >= now.size()) {
                return false;
            }
            DocumentSplitter.Chunk c = now.get(n++);
            String replacement = replaced.get(k);
            if (replacement != null) {
                if (c.length() != replacement.length() || !newText.startsWith(replacement, c.offset())) {
                    return false;
                }
            } else {
                DocumentSplitter.Chunk was = chunks.get(k);
                if (c.length() != was.length() || !newText.regionMatches(c.offset(), text, was.offset(), was.length())) {
                    return false;
                }
            }
        }
        return n == now.size();
    }

    /** Every object of a removed document is one meant to go, and every one meant to go was in a removed document. */
    private static boolean removedHoldOnlyDoomed(List<DocumentSplitter.Chunk> chunks, boolean[] removed,
                                                 List<KubeObject> objects, Set<KubeObject> doomed) {
        int doomedSeen = 0;
        for (KubeObject o : objects) {
            int k = chunkOfLine(chunks, o.position().line());
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

    /** The document holding a 1-based line: the last one starting at or before it. */
    private static int chunkOfLine(List<DocumentSplitter.Chunk> chunks, int line) {
        int low = 0;
        int high = chunks.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (chunks.get(mid).line() <= line) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
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
