package io.dsstudio.yaml;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Removes whole objects from a file's text in one pass: a document with its separator line, or a block-style
 * {@code List} item with its lines. A List in flow style or JSON, or one that would lose its last item, is
 * written again from its tree instead (such Lists come from {@code kubectl get}, which writes no comments).
 */
final class ObjectRemover {
    /** Replace {@code [start, end)} of a text with {@code replacement}. */
    record Range(int start, int end, String replacement) {
    }

    private final DocumentParser parser = new DocumentParser(ReadLimits.DEFAULT);
    /** How many times a text was split into documents (once per call: the work must not grow with the removals). */
    private int textsSplit;

    /** The text without the given objects, which must have been read from {@code text}. */
    String remove(SourceFile file, String text, List<KubeObject> all, Set<KubeObject> doomed) throws ManifestEditException {
        boolean json = ManifestReader.looksLikeJson(file, text);
        List<Range> ranges = new ArrayList<>();
        Map<Integer, List<KubeObject>> listItems = new HashMap<>();
        // split once: looking each removed document up in the list keeps removing many objects linear
        List<DocumentSplitter.Chunk> chunks = json ? List.of() : split(text);
        for (KubeObject o : doomed) {
            if (o.itemIndex() >= 0) {
                listItems.computeIfAbsent(o.documentIndex(), k -> new ArrayList<>()).add(o);
            } else if (json) {
                ranges.add(new Range(o.root().span().start(), o.root().span().end(), ""));
            } else {
                ranges.add(documentRange(text, chunks, o));
            }
        }
        Map<Integer, List<KubeObject>> itemsByDocument = listItems.isEmpty() ? Map.of() : itemsByDocument(all);
        for (Map.Entry<Integer, List<KubeObject>> e : listItems.entrySet()) {
            ranges.addAll(itemRanges(file, text, json, chunks, itemsByDocument.get(e.getKey()), e.getValue()));
        }
        return splice(text, merge(ranges));
    }

    /**
     * The ranges that cut the given documents (with their separator lines) out of a multi-document YAML text split
     * into {@code chunks}; null when one of them is an item of a List, which {@link #remove} handles.
     */
    List<Range> documentRanges(String text, List<DocumentSplitter.Chunk> chunks, Set<KubeObject> doomed) {
        List<Range> ranges = new ArrayList<>();
        for (KubeObject o : doomed) {
            if (o.itemIndex() >= 0) {
                return null;
            }
            ranges.add(documentRange(text, chunks, o));
        }
        return ranges;
    }

    /** The text with the ranges replaced, when no two of them overlap (null otherwise). */
    static String replaceDisjoint(String text, List<Range> ranges) {
        List<Range> sorted = sortedDisjoint(ranges);
        return sorted == null ? null : splice(text, sorted);
    }

    /** The ranges in text order, or null when two of them overlap. */
    static List<Range> sortedDisjoint(List<Range> ranges) {
        List<Range> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingInt(Range::start));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).start() < sorted.get(i - 1).end()) {
                return null;
            }
        }
        return sorted;
    }

    private List<DocumentSplitter.Chunk> split(String text) {
        textsSplit++;
        return DocumentSplitter.split(text);
    }

    int textsSplit() {
        return textsSplit;
    }

    /**
     * A document: its separator line and text; the first document keeps the file's leading comments. Found by the
     * object's line, so an object that let go of its tree is not read again.
     */
    private static Range documentRange(String text, List<DocumentSplitter.Chunk> chunks, KubeObject o) {
        int line = o.position().line();
        int k = chunkOfLine(chunks, line);
        DocumentSplitter.Chunk c = chunks.get(k);
        if (k > 0) {
            return new Range(chunks.get(k - 1).end(), c.end(), "");
        }
        int next = chunks.size() > 1 ? chunks.get(1).offset() : text.length();
        return new Range(lineStartOf(text, c, line), next, "");
    }

    /** The document holding a 1-based line: the last one starting at or before it. */
    static int chunkOfLine(List<DocumentSplitter.Chunk> chunks, int line) {
        return ManifestEditor.lastStartingBy(chunks, DocumentSplitter.Chunk::line, line);
    }

    /** Where a 1-based line of the document starts. */
    private static int lineStartOf(String text, DocumentSplitter.Chunk c, int line) {
        int at = c.offset();
        for (int l = c.line(); l < line && at < text.length(); l++) {
            at = LineEndings.nextLineStart(text, at);
        }
        return at;
    }

    /** The List items of each document, in item order. */
    private static Map<Integer, List<KubeObject>> itemsByDocument(List<KubeObject> all) {
        Map<Integer, List<KubeObject>> out = new HashMap<>();
        for (KubeObject o : all) {
            if (o.itemIndex() >= 0) {
                out.computeIfAbsent(o.documentIndex(), k -> new ArrayList<>()).add(o);
            }
        }
        out.values().forEach(items -> items.sort(Comparator.comparingInt(KubeObject::itemIndex)));
        return out;
    }

    private List<Range> itemRanges(SourceFile file, String text, boolean json, List<DocumentSplitter.Chunk> chunks,
                                   List<KubeObject> items, List<KubeObject> doomed) throws ManifestEditException {
        boolean blockStyle = !json && items.stream().allMatch(o -> isBlockItem(text, o));
        if (blockStyle && doomed.size() < items.size()) {
            List<Range> out = new ArrayList<>();
            for (KubeObject o : doomed) {
                int start = LineEndings.lineStart(text, o.root().span().start());
                int next = o.itemIndex() + 1 < items.size() ? LineEndings.lineStart(text, items.get(o.itemIndex() + 1).root().span().start())
                        : LineEndings.nextLineStart(text, o.root().span().end() - 1);
                out.add(new Range(start, next, ""));
            }
            return out;
        }
        return List.of(rewrittenList(file, text, json, chunks, doomed.get(0), doomed));
    }

    private static boolean isBlockItem(String text, KubeObject o) {
        int start = o.root().span().start();
        String before = text.substring(LineEndings.lineStart(text, start), start);
        return before.matches("\\s*-\\s+") && !o.root().flow();
    }

    /** The whole List document written again without the removed items. */
    @SuppressWarnings("unchecked")
    private Range rewrittenList(SourceFile file, String text, boolean json, List<DocumentSplitter.Chunk> chunks,
                                KubeObject any, List<KubeObject> doomed) throws ManifestEditException {
        int at = any.root().span().start();
        DocumentSplitter.Chunk chunk = json ? new DocumentSplitter.Chunk(text, 0, text.length(), 1) : containing(chunks, text, at);
        List<YNode> roots;
        try {
            roots = parser.parse(new DocumentText(chunk.text(), chunk.offset(), 1, !json), json);
        } catch (SyntaxProblem p) {
            throw new ManifestEditException("cannot re-read the List holding " + any.ref() + " in " + file.displayPath());
        }
        YNode listRoot = roots.stream().filter(r -> r.span().start() <= at && at <= r.span().end()).findFirst()
                .orElseThrow(() -> new ManifestEditException("cannot find the List holding " + any.ref()));
        Map<String, Object> tree = ((YMap) listRoot).toPlain();
        List<Object> items = new ArrayList<>((List<Object>) tree.get("items"));
        Set<Integer> gone = new HashSet<>();
        doomed.forEach(o -> gone.add(o.itemIndex()));
        List<Object> kept = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (!gone.contains(i)) {
                kept.add(items.get(i));
            }
        }
        tree.put("items", kept);
        ManifestRenderer renderer = new ManifestRenderer(LineEndings.of(text));
        if (json) {
            String rendered = renderer.renderJson(tree);
            return new Range(listRoot.span().start(), listRoot.span().end(), rendered.substring(0, rendered.length() - LineEndings.of(text).length()));
        }
        int end = chunk.offset() + chunk.text().length();
        return new Range(LineEndings.lineStart(text, listRoot.span().start()), end, renderer.render(tree));
    }

    private static DocumentSplitter.Chunk containing(List<DocumentSplitter.Chunk> chunks, String text, int at) {
        DocumentSplitter.Chunk c = chunks.get(ManifestEditor.chunkHolding(chunks, at));
        return at >= c.offset() && at < c.end() ? c : new DocumentSplitter.Chunk(text, 0, text.length(), 1);
    }

    private static List<Range> merge(List<Range> ranges) {
        List<Range> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingInt(Range::start));
        List<Range> out = new ArrayList<>();
        for (Range r : sorted) {
            if (!out.isEmpty() && r.start() < out.get(out.size() - 1).end()) {
                Range last = out.remove(out.size() - 1);
                out.add(new Range(last.start(), Math.max(last.end(), r.end()), last.replacement() + r.replacement()));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    /** The text with the sorted, disjoint ranges replaced. */
    static String splice(String text, List<Range> ranges) {
        long length = text.length();
        for (Range r : ranges) {
            length += r.replacement().length() - (r.end() - r.start());
        }
        StringBuilder out = new StringBuilder((int) Math.max(0, Math.min(Integer.MAX_VALUE - 8, length)));
        int at = 0;
        for (Range r : ranges) {
            out.append(text, at, r.start()).append(r.replacement());
            at = r.end();
        }
        return out.append(text, at, text.length()).toString();
    }
}
