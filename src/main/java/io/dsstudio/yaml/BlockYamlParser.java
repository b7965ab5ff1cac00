package io.dsstudio.yaml;

import java.util.List;

/**
 * Reads the block-style subset of YAML that kubectl and nearly all manifests are written in — block mappings and
 * sequences, single-line plain and quoted scalars, empty {@code {}} and {@code []}, comments — straight from the
 * characters, several times faster than SnakeYAML's general scanner. Anything outside that subset (anchors,
 * tags, block or multi-line scalars, non-empty flow collections, tabs, unusual characters, and every kind of
 * error) makes {@link #tryParse} give up and return null, and the document is read by {@link YamlTreeBuilder}
 * instead. For the documents it accepts, the trees are the ones {@link YamlTreeBuilder} builds, positions
 * included (a differential test holds the two readers to that).
 */
final class BlockYamlParser {
    private final String s;
    private final int to;
    /** File offset of {@code s}'s index 0. */
    private final int shift;
    private final int baseLine;
    private final int limitDepth;
    private final BlockScalars scalars;
    private final FlowCollections flow;
    private final ParseScratch scratch;

    // The current content line: where it starts and ends (before any \r\n), and where its content starts.
    private int lineNo;
    private int lineStart;
    private int lineEnd;
    private int next;
    private int content;
    private boolean eof;

    private BlockYamlParser(DocumentText text, ReadLimits limits, ParseScratch scratch) {
        this.s = text.source();
        this.to = text.to();
        this.next = text.from();
        this.shift = text.baseOffset() - text.from();
        this.baseLine = text.fileLine(1);
        this.limitDepth = limits.maxNestingDepth() - 2;
        this.scratch = scratch;
        this.scalars = new BlockScalars(s, scratch.strings());
        this.flow = new FlowCollections(s, scalars, shift, limitDepth);
        this.lineNo = -1;
    }

    /** The document's root nodes (none or one), or null when the text is outside the subset this reads. */
    static List<YNode> tryParse(DocumentText text, ReadLimits limits, StringCache strings) {
        return tryParse(text, limits, new ParseScratch(strings));
    }

    /** {@link #tryParse(DocumentText, ReadLimits, StringCache)} with the reading thread's reused lists and strings. */
    static List<YNode> tryParse(DocumentText text, ReadLimits limits, ParseScratch scratch) {
        if (!BlockScalars.plainCharacters(text.source(), text.from(), text.to())) {
            return null;
        }
        try {
            return new BlockYamlParser(text, limits, scratch).document();
        } catch (Unsupported e) {
            return null;
        }
    }

    /** Thrown to leave the subset; the document is then read by the general parser. */
    private static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported() {
            super(null, null, false, false);
        }
    }

    private static Unsupported unsupported() {
        return new Unsupported();
    }

    private List<YNode> document() {
        if (!nextContentLine()) {
            return List.of();
        }
        YNode root = blockNode(content, 0);
        if (!eof) {
            throw unsupported();
        }
        return List.of(root);
    }

    /**
     * Moves to the next line with content other than a comment. Lines that could be document markers or
     * directives, and indentation with tabs, leave the subset.
     */
    private boolean nextContentLine() {
        while (next < to) {
            int start = next;
            int newline = s.indexOf('\n', start);
            if (newline >= to) {
                newline = -1;
            }
            int end = newline < 0 ? to : newline;
            next = newline < 0 ? to : newline + 1;
            lineNo++;
            if (end > start && s.charAt(end - 1) == '\r') {
                end--;
            }
            char first = start < end ? s.charAt(start) : ' ';
            if (first == '%' || ((first == '-' || first == '.') && s.startsWith(first == '-' ? "---" : "...", start))) {
                throw unsupported();
            }
            int i = start;
            while (i < end && s.charAt(i) == ' ') {
                i++;
            }
            if (i < end && s.charAt(i) == '\t') {
                throw unsupported();
            }
            if (i == end || s.charAt(i) == '#') {
                continue;
            }
            lineStart = start;
            lineEnd = end;
            content = i;
            return true;
        }
        eof = true;
        return false;
    }

    private int column(int at) {
        return at - lineStart;
    }

    private int line() {
        return baseLine + lineNo;
    }

    private YScalar scalar(Object value, String text, int start, int end) {
        return new YScalar(value, text, shift + start, shift + end, line(), start - lineStart + 1);
    }

    private boolean isEntryDash(int at) {
        return s.charAt(at) == '-' && (at + 1 == lineEnd || s.charAt(at + 1) == ' ');
    }

    /** A collection that starts a line (or follows {@code - } on it): a sequence or a mapping. */
    private YNode blockNode(int at, int depth) {
        if (depth >= limitDepth) {
            throw unsupported();
        }
        if (isEntryDash(at)) {
            return sequence(at, false, depth);
        }
        if (scalars.keyEnd(at, lineEnd) < 0) {
            throw unsupported();
        }
        return mapping(at, depth);
    }

    private YMap mapping(int at, int depth) {
        int col = column(at);
        int startLine = line();
        List<YEntry> entries = scratch.entries(depth);
        KeyIndex seen = null; // made once the mapping is too large for a scan
        long size = 1;
        int lastEnd = shift + at;
        int keyAt = at;
        while (true) {
            int colon = scalars.keyEnd(keyAt, lineEnd);
            if (colon < 0) {
                throw unsupported();
            }
            String key = scalars.key(keyAt, lineEnd);
            int keyEnd = scalars.lastEnd();
            int keyLine = line();
            int keyColumn = keyAt - lineStart + 1;
            if (key == null || (s.charAt(keyAt) != '"' && s.charAt(keyAt) != '\'' && "<<".equals(key))) {
                throw unsupported();
            }
            seen = checkUnseen(key, entries, seen);
            YNode value = valueAfter(colon + 1, col, true, depth + 1);
            entries.add(new YEntry(key, shift + keyAt, shift + keyEnd, keyLine, keyColumn, value));
            size += value.expandedSize();
            lastEnd = Math.max(lastEnd, value.end());
            if (eof || column(content) < col) {
                break;
            }
            if (column(content) > col || isEntryDash(content)) {
                throw unsupported();
            }
            keyAt = content;
        }
        return new YMap(FrozenList.copyOf(entries), shift + at, lastEnd, startLine, col + 1, false, size);
    }

    /**
     * Leaves the subset when the mapping already has the key (the general reader reports it); answers the mapping's
     * key index, made only when the mapping grows too large for a scan.
     */
    private static KeyIndex checkUnseen(String key, List<YEntry> entries, KeyIndex seen) {
        if (seen == null && entries.size() < KeyIndex.LINEAR_LIMIT) {
            if (KeyIndex.scanFinds(entries, key)) {
                throw unsupported();
            }
            return null;
        }
        KeyIndex index = seen == null ? new KeyIndex(entries) : seen;
        if (index.put(key) != null) {
            throw unsupported();
        }
        return index;
    }

    private YSeq sequence(int at, boolean indentless, int depth) {
        int col = column(at);
        int startLine = line();
        List<YNode> items = scratch.items(depth);
        long size = 1;
        int lastEnd = shift + at;
        int dash = at;
        while (true) {
            YNode item = valueAfter(dash + 1, col, false, depth + 1);
            items.add(item);
            size += item.expandedSize();
            lastEnd = Math.max(lastEnd, item.end());
            if (eof || column(content) < col) {
                break;
            }
            if (column(content) > col) {
                throw unsupported();
            }
            if (!isEntryDash(content)) {
                if (indentless) {
                    break;
                }
                throw unsupported();
            }
            dash = content;
        }
        return new YSeq(FrozenList.copyOf(items), shift + at, lastEnd, startLine, col + 1, false, size);
    }

    /**
     * The value after a mapping's {@code :} or a sequence's {@code -} (at {@code from}, on the current line); on
     * return the current line is the next content line after the value, or {@link #eof}.
     */
    private YNode valueAfter(int from, int col, boolean ofMapping, int depth) {
        if (depth >= limitDepth) {
            throw unsupported();
        }
        int at = from;
        while (at < lineEnd && s.charAt(at) == ' ') {
            at++;
        }
        if (at == lineEnd || (s.charAt(at) == '#' && at > from)) {
            YScalar empty = scalar(null, "", from, from);
            if (!nextContentLine()) {
                return empty;
            }
            int c = column(content);
            if (c > col) {
                return blockNode(content, depth);
            }
            if (ofMapping && c == col && isEntryDash(content)) {
                return sequence(content, true, depth);
            }
            return empty;
        }
        if (at == from) {
            throw unsupported(); // "-x" or ":x" is a plain scalar, not an entry or a value
        }
        if (!ofMapping && (isEntryDash(at) || scalars.keyEnd(at, lineEnd) >= 0)) {
            return blockNode(at, depth); // compact "- - a" or "- key: value"
        }
        YNode scalar = inlineScalar(at, depth);
        int rest = scalars.lastEnd();
        while (rest < lineEnd && s.charAt(rest) == ' ') {
            rest++;
        }
        if (rest < lineEnd && (s.charAt(rest) != '#' || rest == scalars.lastEnd())) {
            throw unsupported();
        }
        nextContentLine();
        return scalar;
    }

    private YNode inlineScalar(int at, int depth) {
        char c = s.charAt(at);
        if (c == '{' || c == '[') {
            YNode collection = flow.read(at, lineStart, lineEnd, line(), depth);
            if (collection == null) {
                throw unsupported();
            }
            scalars.endedAt(flow.end());
            return collection;
        }
        String value;
        if (c == '"' || c == '\'') {
            value = scalars.quoted(at, lineEnd);
            if (value == null) {
                throw unsupported();
            }
            return scalar(value, value, at, scalars.lastEnd());
        }
        if (!BlockScalars.canStartPlain(s, at, lineEnd)) {
            throw unsupported();
        }
        value = scalars.plain(at, lineEnd);
        if (value == null) {
            throw unsupported();
        }
        return scalar(PlainScalars.resolve(value), value, at, scalars.lastEnd());
    }
}
