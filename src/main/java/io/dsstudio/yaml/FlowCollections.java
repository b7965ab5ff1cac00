package io.dsstudio.yaml;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads flow collections that open and close on one line ({@code {cpu: 50m, memory: 64Mi}},
 * {@code ["--v=2", --logtostderr]}, nested) for {@link BlockYamlParser}. Answers null for anything else
 * (multi-line collections, {@code a:b} or {@code ?} in plain scalars, trailing commas, single-pair mappings in
 * sequences, JSON-style {@code "k":v}, comments), which the general parser then reads.
 */
final class FlowCollections {
    private final String s;
    private final BlockScalars scalars;
    private final int limitDepth;
    /** File offset of {@code s}'s index 0. */
    private final int shift;
    private int lineEnd;
    private int lineStart;
    private int line;
    private int pos;

    FlowCollections(String s, BlockScalars scalars, int shift, int limitDepth) {
        this.s = s;
        this.scalars = scalars;
        this.shift = shift;
        this.limitDepth = limitDepth;
    }

    /**
     * The collection that opens at {@code at} on the line {@code [lineStart, lineEnd)} (file line {@code line}),
     * or null; {@link #end()} is then just after it.
     */
    YNode read(int at, int lineStart, int lineEnd, int line, int depth) {
        this.lineStart = lineStart;
        this.lineEnd = lineEnd;
        this.line = line;
        return collection(at, depth);
    }

    int end() {
        return pos;
    }

    private YNode collection(int at, int depth) {
        if (depth >= limitDepth) {
            return null;
        }
        boolean mapping = s.charAt(at) == '{';
        char close = mapping ? '}' : ']';
        List<YEntry> entries = mapping ? new ArrayList<>() : null;
        List<YNode> items = mapping ? null : new ArrayList<>();
        KeyIndex seen = mapping ? new KeyIndex(entries) : null;
        long size = 1;
        pos = at + 1;
        skipSpaces();
        if (pos < lineEnd && s.charAt(pos) == close) {
            pos++;
        } else {
            while (true) {
                YNode node = mapping ? entry(entries, seen, depth) : node(depth + 1);
                if (node == null) {
                    return null;
                }
                if (!mapping) {
                    items.add(node);
                }
                size += node.expandedSize();
                skipSpaces();
                if (pos >= lineEnd) {
                    return null;
                }
                char c = s.charAt(pos++);
                if (c == close) {
                    break;
                }
                skipSpaces();
                if (c != ',' || pos >= lineEnd || s.charAt(pos) == close) {
                    return null;
                }
            }
        }
        int column = at - lineStart + 1;
        return mapping ? new YMap(entries, shift + at, shift + pos, line, column, true, size)
                : new YSeq(items, shift + at, shift + pos, line, column, true, size);
    }

    /** Reads {@code key: value} into the entries; answers the value, or null. */
    private YNode entry(List<YEntry> entries, KeyIndex seen, int depth) {
        if (pos >= lineEnd) {
            return null;
        }
        int keyStart = pos;
        char c = s.charAt(pos);
        String key;
        boolean quoted = c == '"' || c == '\'';
        if (quoted) {
            key = scalars.quoted(pos, lineEnd);
            pos = scalars.lastEnd();
        } else {
            int end = canStartPlain(pos) ? scalars.flowPlainEnd(pos, lineEnd) : -1;
            key = end < 0 ? null : scalars.keyText(pos, end);
            pos = Math.max(pos, end);
        }
        if (key == null || (!quoted && "<<".equals(key))) {
            return null;
        }
        int keyEnd = pos;
        skipSpaces();
        if (pos + 1 >= lineEnd || s.charAt(pos) != ':' || s.charAt(pos + 1) != ' ' || seen.put(key) != null) {
            return null;
        }
        pos += 2;
        skipSpaces();
        YNode value = node(depth + 1);
        if (value != null) {
            entries.add(new YEntry(key, shift + keyStart, shift + keyEnd, line, keyStart - lineStart + 1, value));
        }
        return value;
    }

    private YNode node(int depth) {
        if (pos >= lineEnd) {
            return null;
        }
        int start = pos;
        char c = s.charAt(pos);
        if (c == '{' || c == '[') {
            return collection(pos, depth);
        }
        if (c == '"' || c == '\'') {
            String value = scalars.quoted(pos, lineEnd);
            if (value == null) {
                return null;
            }
            pos = scalars.lastEnd();
            return new YScalar(value, value, shift + start, shift + pos, line, start - lineStart + 1);
        }
        int end = canStartPlain(pos) ? scalars.flowPlainEnd(pos, lineEnd) : -1;
        if (end < 0) {
            return null;
        }
        pos = end;
        String text = scalars.text(start, end);
        return new YScalar(PlainScalars.resolve(text), text, shift + start, shift + end, line, start - lineStart + 1);
    }

    /** In flow context only {@code -} of the three indicators may start a plain scalar, before a non-blank. */
    private boolean canStartPlain(int at) {
        char c = s.charAt(at);
        if (c == '-') {
            return at + 1 < lineEnd && " ,[]{}".indexOf(s.charAt(at + 1)) < 0;
        }
        return ",[]{}#&*!|>'\"%@`?: \t".indexOf(c) < 0;
    }

    private void skipSpaces() {
        while (pos < lineEnd && s.charAt(pos) == ' ') {
            pos++;
        }
    }
}
