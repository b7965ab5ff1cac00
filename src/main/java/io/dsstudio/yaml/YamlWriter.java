package io.dsstudio.yaml;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes plain Java trees (Map, List, String, Long, Boolean, null) as YAML in kubectl's {@code -o yaml}
 * layout: two-space indentation, block style, list items ({@code - }) at their parent key's indentation,
 * empty collections as {@code {}} and {@code []}. Lines are separated by {@code \n}; callers convert.
 */
final class YamlWriter {
    private YamlWriter() {
    }

    /** The entries of a mapping, each line at {@code indent}; no trailing newline. */
    static void mapEntries(Map<?, ?> map, int indent, StringBuilder out) {
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!first) {
                out.append('\n');
            }
            first = false;
            entry(String.valueOf(e.getKey()), e.getValue(), indent, out);
        }
    }

    /** One {@code key: value} entry whose key stands at {@code indent}. */
    static void entry(String key, Object value, int indent, StringBuilder out) {
        spaces(indent, out);
        out.append(key(key)).append(':');
        afterKey(value, indent, indent, out);
    }

    /** The items of a sequence, each {@code -} at {@code indent}; no trailing newline. */
    static void seqItems(List<?> list, int indent, StringBuilder out) {
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                out.append('\n');
            }
            spaces(indent, out);
            out.append('-');
            afterDash(list.get(i), indent + 2, out);
        }
    }

    /**
     * What follows {@code key:}: a space and a scalar or empty collection, or a line break and the nested
     * block (mapping entries at {@code keyIndent + 2}, list items at {@code seqIndent}).
     */
    static void afterKey(Object value, int keyIndent, int seqIndent, StringBuilder out) {
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            out.append('\n');
            mapEntries(map, keyIndent + 2, out);
        } else if (value instanceof List<?> list && !list.isEmpty()) {
            out.append('\n');
            seqItems(list, seqIndent, out);
        } else {
            out.append(' ');
            inlineScalar(value, keyIndent + 2, out);
        }
    }

    /** What follows {@code -}: a space, then the item, its further lines at {@code contentIndent}. */
    static void afterDash(Object value, int contentIndent, StringBuilder out) {
        out.append(' ');
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator();
            Map.Entry<?, ?> first = it.next();
            out.append(key(String.valueOf(first.getKey()))).append(':');
            afterKey(first.getValue(), contentIndent, contentIndent, out);
            while (it.hasNext()) {
                Map.Entry<?, ?> e = it.next();
                out.append('\n');
                entry(String.valueOf(e.getKey()), e.getValue(), contentIndent, out);
            }
        } else if (value instanceof List<?> list && !list.isEmpty()) {
            StringBuilder nested = new StringBuilder();
            seqItems(list, contentIndent, nested);
            out.append(nested, contentIndent, nested.length());
        } else {
            inlineScalar(value, contentIndent, out);
        }
    }

    /** A scalar or an empty collection on the current line; multi-line text as a literal block at {@code blockIndent}. */
    static void inlineScalar(Object value, int blockIndent, StringBuilder out) {
        if (value instanceof Map<?, ?>) {
            out.append("{}");
        } else if (value instanceof List<?>) {
            out.append("[]");
        } else if (value instanceof String s && literalBlockFits(s)) {
            literalBlock(s, blockIndent, out);
        } else {
            out.append(YamlScalars.scalar(value, YamlScalars.Style.PLAIN, false));
        }
    }

    /** A value in flow style: {@code {a: 1, b: [x, y]}}. */
    static String flow(Object value) {
        StringBuilder out = new StringBuilder();
        flow(value, out);
        return out.toString();
    }

    private static void flow(Object value, StringBuilder out) {
        if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.append(first ? "" : ", ");
                first = false;
                out.append(YamlScalars.string(String.valueOf(e.getKey()), YamlScalars.Style.PLAIN, true)).append(": ");
                flow(e.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ", ");
                flow(list.get(i), out);
            }
            out.append(']');
        } else {
            out.append(YamlScalars.scalar(value, YamlScalars.Style.PLAIN, true));
        }
    }

    static String key(String key) {
        return YamlScalars.string(key, YamlScalars.Style.PLAIN, false);
    }

    /** A literal block reads back exactly when the text has no leading blank, no CR and at most one final newline. */
    static boolean literalBlockFits(String s) {
        int newline = s.indexOf('\n');
        if (newline < 0 || newline == s.length() - 1 || s.startsWith(" ") || s.startsWith("\n") || s.endsWith("\n\n")) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\n') || c == 0x7F || c == '\uFEFF' || c == '\u2028' || c == '\u2029'
                    || (c >= 0x80 && c <= 0x9F) || Character.isSurrogate(c)) {
                return false;
            }
        }
        for (String line : s.split("\n", -1)) {
            if (!line.isEmpty() && line.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static void literalBlock(String s, int indent, StringBuilder out) {
        boolean finalNewline = s.endsWith("\n");
        out.append(finalNewline ? "|" : "|-");
        String body = finalNewline ? s.substring(0, s.length() - 1) : s;
        for (String line : body.split("\n", -1)) {
            out.append('\n');
            if (!line.isEmpty()) {
                spaces(indent, out);
                out.append(line);
            }
        }
    }

    static void spaces(int n, StringBuilder out) {
        for (int i = 0; i < n; i++) {
            out.append(' ');
        }
    }
}
