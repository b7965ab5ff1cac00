package io.dsstudio.yaml;

import java.util.ArrayList;
import java.util.List;

/**
 * What one reading thread reuses from document to document: its {@link StringCache} and, per nesting depth, the
 * list a collection's entries or items are gathered in before they are copied at their size. Made once per thread
 * (documents are read in parallel), not once per document: a snapshot has hundreds of thousands of small documents,
 * and lists grown anew for each were a tenth of what reading allocated.
 */
final class ParseScratch {
    /** A list that grew larger than this (a long List's items) is let go of rather than kept for the next document. */
    private static final int KEPT_CAPACITY = 1024;
    private final StringCache strings;
    private final List<List<YEntry>> entryLists = new ArrayList<>();
    private final List<List<YNode>> itemLists = new ArrayList<>();

    ParseScratch() {
        this(new StringCache());
    }

    ParseScratch(StringCache strings) {
        this.strings = strings;
    }

    StringCache strings() {
        return strings;
    }

    /**
     * An empty list to build a mapping's entries at {@code depth} in, reused for the next mapping at that depth:
     * collections nest deeper, never at their own depth, and a parser gives up its lists when it returns.
     */
    List<YEntry> entries(int depth) {
        return scratch(entryLists, depth);
    }

    /** {@link #entries} for a sequence's items. */
    List<YNode> items(int depth) {
        return scratch(itemLists, depth);
    }

    private static <T> List<T> scratch(List<List<T>> byDepth, int depth) {
        while (byDepth.size() <= depth) {
            byDepth.add(new ArrayList<>());
        }
        List<T> list = byDepth.get(depth);
        if (list.size() > KEPT_CAPACITY) {
            list = new ArrayList<>();
            byDepth.set(depth, list);
        } else {
            list.clear();
        }
        return list;
    }
}
