package io.dsstudio.yaml;

import java.lang.ref.SoftReference;
import java.util.List;

/**
 * Where an object's document stands in its file, so the object's tree can be read again: a window of the file's
 * text and which of the window's roots holds the object. All objects of one window (the items of a
 * {@code List}, the documents of a JSON stream) share the window, whose roots, once read again, are kept softly
 * (until memory is short): asking for many items of a List read whole reads it once, not once per item. A large
 * List read item by item ({@link ListItemReads}) has a window per item, and an item is read again on its own.
 */
record DocumentRef(Window window, int rootOrdinal) {
    YMap reread(SourceFile file, int itemIndex) {
        YNode root = window.roots(file).get(rootOrdinal);
        if (window.oneItem) {
            root = ((YSeq) root).items().get(0); // the window is just this item: "- ..." reads as a one-item list
        } else if (itemIndex >= 0) {
            root = ((YSeq) ((YMap) root).get("items")).items().get(itemIndex);
        }
        return (YMap) root;
    }

    /** A window {@code [from, to)} of a file's text, starting on its line {@code line}, and how it was parsed. */
    static final class Window {
        private final DocumentParser parser;
        private final int from;
        private final int to;
        private final int line;
        private final boolean json;
        /** Whether the window holds one item of a List ({@link ListItemReads}) rather than whole documents. */
        private final boolean oneItem;
        /** Made on the first read again only: a large snapshot has hundreds of thousands of windows, most never read again. */
        private SoftReference<List<YNode>> roots;

        Window(DocumentParser parser, int from, int to, int line, boolean json) {
            this(parser, from, to, line, json, false);
        }

        /** The window of one item of a YAML List, from its {@code "- "} line. */
        static Window item(DocumentParser parser, int from, int to, int line) {
            return new Window(parser, from, to, line, false, true);
        }

        private Window(DocumentParser parser, int from, int to, int line, boolean json, boolean oneItem) {
            this.oneItem = oneItem;
            this.parser = parser;
            this.from = from;
            this.to = to;
            this.line = line;
            this.json = json;
        }

        /** Whether this window has been read again (and holds what it read, softly). */
        synchronized boolean readAgain() {
            return roots != null;
        }

        synchronized List<YNode> roots(SourceFile file) {
            List<YNode> read = roots == null ? null : roots.get();
            if (read == null) {
                try {
                    read = parser.parse(DocumentText.window(file.text(), from, to, line, !json), json);
                } catch (SyntaxProblem e) {
                    throw new IllegalStateException("the document at line " + line + " of " + file.displayPath()
                            + " no longer reads: " + e.getMessage(), e);
                }
                roots = new SoftReference<>(read);
            }
            return read;
        }
    }
}
